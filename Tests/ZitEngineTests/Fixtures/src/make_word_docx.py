#!/usr/bin/env python3
"""Write the Word-style DOCX fixtures (Word itself is not available here):
    word-split-runs.docx     {{ }} tags split across runs the way Word 2016+ splits them
    word-docxtemplater.docx  docxtemplater's default single-brace syntax { }
The XML mimics what Microsoft Word 2016 (Polish UI) writes: the full namespace list on the root
with mc:Ignorable="w14 w15 wp14", w14:paraId/w14:textId on paragraphs, rsid attributes on
paragraphs and runs, w:proofErr marks, Polish style ids (Normalny, Nagwek1, Akapitzlist, ...),
_GoBack bookmark, separator footnotes -1/0, a text box as mc:AlternateContent (DrawingML + VML
fallback), a complex PAGE field, numbering.xml, theme, fontTable, webSettings, docProps.
Python standard library only; output is byte-for-byte deterministic.
Usage: make_word_docx.py OUTDIR"""
import os
import random
import sys
import zipfile
from xml.sax.saxutils import escape

DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'

# Namespaces as Word 2013/2016 writes them on document, header, footer, footnotes, numbering.
WORD_NS = (
    'xmlns:wpc="http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas" '
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:o="urn:schemas-microsoft-com:office:office" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
    'xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math" '
    'xmlns:v="urn:schemas-microsoft-com:vml" '
    'xmlns:wp14="http://schemas.microsoft.com/office/word/2010/wordprocessingDrawing" '
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
    'xmlns:w10="urn:schemas-microsoft-com:office:word" '
    'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" '
    'xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml" '
    'xmlns:wpg="http://schemas.microsoft.com/office/word/2010/wordprocessingGroup" '
    'xmlns:wpi="http://schemas.microsoft.com/office/word/2010/wordprocessingInk" '
    'xmlns:wne="http://schemas.microsoft.com/office/word/2006/wordml" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
    'mc:Ignorable="w14 w15 wp14"'
)

# Revision save ids, as listed in settings.xml <w:rsids>.
RSID_ROOT = "00A71E2C"
RSIDS = ["000F3B21", "00264C0D", "003E51A7", "005C2B19", "0093144E", "00A71E2C", "00B45D11", "00E03F6A"]


class Ids:
    """Deterministic w14:paraId / w14:textId values (Word: 8 hex digits, below 0x80000000)."""

    def __init__(self, seed):
        self.rng = random.Random(seed)
        self.used = set()

    def next(self):
        while True:
            v = "%08X" % self.rng.randrange(0x01000000, 0x7FFFFFFF)
            if v not in self.used:
                self.used.add(v)
                return v


def t(text):
    """A w:t element; xml:space="preserve" when the text has leading/trailing spaces, as Word does."""
    sp = ' xml:space="preserve"' if text != text.strip() or "  " in text else ""
    return f"<w:t{sp}>{escape(text)}</w:t>"


def run(text, rsid=None, rpr="", rsid_attr="w:rsidR"):
    a = f' {rsid_attr}="{rsid}"' if rsid else ""
    rp = f"<w:rPr>{rpr}</w:rPr>" if rpr else ""
    return f"<w:r{a}>{rp}{t(text)}</w:r>"


def para(ids, content, ppr="", rsidR="00A71E2C", rsidRDefault="00A71E2C", rsidP=None, rsidRPr=None, para_id=True):
    attrs = ""
    if para_id:
        attrs += f' w14:paraId="{ids.next()}" w14:textId="{ids.next() if content else "77777777"}"'
    attrs += f' w:rsidR="{rsidR}"'
    if rsidRPr:
        attrs += f' w:rsidRPr="{rsidRPr}"'
    attrs += f' w:rsidRDefault="{rsidRDefault}"'
    if rsidP:
        attrs += f' w:rsidP="{rsidP}"'
    pp = f"<w:pPr>{ppr}</w:pPr>" if ppr else ""
    if not content and not pp:
        return f"<w:p{attrs}/>"
    return f"<w:p{attrs}>{pp}{content}</w:p>"


SPELL_START = '<w:proofErr w:type="spellStart"/>'
SPELL_END = '<w:proofErr w:type="spellEnd"/>'
GRAM_START = '<w:proofErr w:type="gramStart"/>'
GRAM_END = '<w:proofErr w:type="gramEnd"/>'
BOLD = "<w:b/><w:bCs/>"


def page_field(rsid):
    """A PAGE field the way Word writes it in a footer (complex field, cached result 1)."""
    return (
        f'<w:r w:rsidR="{rsid}"><w:fldChar w:fldCharType="begin"/></w:r>'
        f'<w:r w:rsidR="{rsid}"><w:instrText>PAGE   \\* MERGEFORMAT</w:instrText></w:r>'
        f'<w:r w:rsidR="{rsid}"><w:fldChar w:fldCharType="separate"/></w:r>'
        f'<w:r w:rsidR="{rsid}"><w:rPr><w:noProof/></w:rPr><w:t>1</w:t></w:r>'
        f'<w:r w:rsidR="{rsid}"><w:fldChar w:fldCharType="end"/></w:r>'
    )


def text_box(ids, doc_pr_id, inner_runs_choice, inner_runs_fallback, rsid):
    """A text box as Word 2016 writes it: mc:AlternateContent, wps shape in mc:Choice, VML in mc:Fallback.
    The text box paragraphs appear twice (once per branch); the VML copy has no w14 ids."""
    ppr = '<w:pPr><w:spacing w:after="0"/></w:pPr>'
    p_choice = f'<w:p w14:paraId="{ids.next()}" w14:textId="{ids.next()}" w:rsidR="{rsid}" w:rsidRDefault="{rsid}" w:rsidP="{rsid}">{ppr}{inner_runs_choice}</w:p>'
    p_fallback = f'<w:p w:rsidR="{rsid}" w:rsidRDefault="{rsid}" w:rsidP="{rsid}">{ppr}{inner_runs_fallback}</w:p>'
    name = f"Pole tekstowe {doc_pr_id}"
    return (
        '<w:r><w:rPr><w:noProof/></w:rPr><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>'
        '<wp:anchor distT="45720" distB="45720" distL="114300" distR="114300" simplePos="0" relativeHeight="251659264" '
        f'behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1" wp14:anchorId="{ids.next()}" wp14:editId="{ids.next()}">'
        '<wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="column"><wp:posOffset>3462655</wp:posOffset></wp:positionH>'
        '<wp:positionV relativeFrom="paragraph"><wp:posOffset>45720</wp:posOffset></wp:positionV>'
        '<wp:extent cx="2360930" cy="1404620"/><wp:effectExtent l="0" t="0" r="22860" b="11430"/>'
        '<wp:wrapSquare wrapText="bothSides"/>'
        f'<wp:docPr id="{doc_pr_id}" name="{name}"/>'
        '<wp:cNvGraphicFramePr><a:graphicFrameLocks xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"/></wp:cNvGraphicFramePr>'
        '<a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">'
        '<a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp>'
        '<wps:cNvSpPr txBox="1"><a:spLocks noChangeArrowheads="1"/></wps:cNvSpPr>'
        '<wps:spPr bwMode="auto"><a:xfrm><a:off x="0" y="0"/><a:ext cx="2360930" cy="1404620"/></a:xfrm>'
        '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:solidFill><a:srgbClr val="FFFFFF"/></a:solidFill>'
        '<a:ln w="9525"><a:solidFill><a:srgbClr val="000000"/></a:solidFill><a:miter lim="800000"/><a:headEnd/><a:tailEnd/></a:ln>'
        f'</wps:spPr><wps:txbx><w:txbxContent>{p_choice}</w:txbxContent></wps:txbx>'
        '<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="91440" tIns="45720" rIns="91440" bIns="45720" anchor="t" anchorCtr="0">'
        '<a:spAutoFit/></wps:bodyPr></wps:wsp></a:graphicData></a:graphic>'
        '<wp14:sizeRelH relativeFrom="margin"><wp14:pctWidth>40000</wp14:pctWidth></wp14:sizeRelH>'
        '<wp14:sizeRelV relativeFrom="margin"><wp14:pctHeight>20000</wp14:pctHeight></wp14:sizeRelV>'
        '</wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict>'
        '<v:shapetype w14:anchorId="{0}" id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">'
        '<v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
        f'<v:shape id="{name}" o:spid="_x0000_s{1025 + doc_pr_id}" type="#_x0000_t202" '
        'style="position:absolute;margin-left:272.65pt;margin-top:3.6pt;width:185.9pt;height:110.6pt;z-index:251659264;'
        'visibility:visible;mso-wrap-style:square;mso-width-percent:400;mso-height-percent:200;mso-wrap-distance-left:9pt;'
        'mso-wrap-distance-top:3.6pt;mso-wrap-distance-right:9pt;mso-wrap-distance-bottom:3.6pt;mso-position-horizontal:absolute;'
        'mso-position-horizontal-relative:text;mso-position-vertical:absolute;mso-position-vertical-relative:text;'
        'mso-width-percent:400;mso-height-percent:200;mso-width-relative:margin;mso-height-relative:margin;v-text-anchor:top">'
        f'<v:textbox style="mso-fit-shape-to-text:t"><w:txbxContent>{p_fallback}</w:txbxContent></v:textbox>'
        '<w10:wrap type="square"/></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>'
    ).replace('w14:anchorId="{0}"', f'w14:anchorId="{ids.next()}"')


def cell(width, content, shade=False):
    shd = '<w:shd w:val="clear" w:color="auto" w:fill="D9D9D9" w:themeFill="background1" w:themeFillShade="D9"/>' if shade else ""
    return f'<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/>{shd}</w:tcPr>{content}</w:tc>'


def table(rows_xml, widths):
    grid = "".join(f'<w:gridCol w:w="{w}"/>' for w in widths)
    return (
        '<w:tbl><w:tblPr><w:tblStyle w:val="Tabela-Siatka"/><w:tblW w:w="0" w:type="auto"/>'
        '<w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1" w:lastColumn="0" w:noHBand="0" w:noVBand="1"/>'
        f"</w:tblPr><w:tblGrid>{grid}</w:tblGrid>{rows_xml}</w:tbl>"
    )


def row(ids, cells_xml, header=False, rsid="00B45D11"):
    trpr = "<w:trPr><w:tblHeader/></w:trPr>" if header else ""
    return f'<w:tr w:rsidR="{rsid}" w:rsidTr="{rsid}">{trpr}{cells_xml}</w:tr>'


def sect_pr(has_header=True):
    refs = '<w:headerReference w:type="default" r:id="rId7"/><w:footerReference w:type="default" r:id="rId8"/>' if has_header else ""
    return (
        f'<w:sectPr w:rsidR="{RSID_ROOT}">{refs}<w:pgSz w:w="11906" w:h="16838"/>'
        '<w:pgMar w:top="1417" w:right="1417" w:bottom="1417" w:left="1417" w:header="708" w:footer="708" w:gutter="0"/>'
        '<w:cols w:space="708"/><w:docGrid w:linePitch="360"/></w:sectPr>'
    )


def document(body):
    return f"{DECL}<w:document {WORD_NS}><w:body>{body}</w:body></w:document>"


def hdr(tag, body):
    return f"{DECL}<w:{tag} {WORD_NS}>{body}</w:{tag}>"


def footnotes_xml(ids, notes, kind="footnote"):
    """Separator notes -1 and 0 as Word writes them, then real notes numbered from 1."""
    sep_ppr = '<w:spacing w:after="0" w:line="240" w:lineRule="auto"/>'
    out = (
        f'<w:{kind} w:type="separator" w:id="-1">'
        + para(ids, "<w:r><w:separator/></w:r>", sep_ppr, "00B45D11", "00B45D11", "00A71E2C")
        + f'</w:{kind}><w:{kind} w:type="continuationSeparator" w:id="0">'
        + para(ids, "<w:r><w:continuationSeparator/></w:r>", sep_ppr, "00B45D11", "00B45D11", "00A71E2C")
        + f"</w:{kind}>"
    )
    for i, runs in enumerate(notes, 1):
        body = (
            '<w:r><w:rPr><w:rStyle w:val="Odwoanieprzypisudolnego"/></w:rPr><w:footnoteRef/></w:r>'
            '<w:r><w:t xml:space="preserve"> </w:t></w:r>' + runs
        )
        out += f'<w:{kind} w:id="{i}">' + para(ids, body, '<w:pStyle w:val="Tekstprzypisudolnego"/>', "00B45D11", "00B45D11", "00B45D11") + f"</w:{kind}>"
    return f"{DECL}<w:{kind}s {WORD_NS}>{out}</w:{kind}s>"


def numbering_xml():
    """One bullet-less decimal list (abstractNum 0 -> numId 1) and one bullet list (abstractNum 1 -> numId 2),
    nine levels each, the way Word writes a list started from the ribbon."""
    def levels(kind):
        out = ""
        dec_fmts = ["decimal", "lowerLetter", "lowerRoman"] * 3
        bullets = ["\uf0b7", "o", "\uf0a7"] * 3
        for lvl in range(9):
            ind = 720 * (lvl + 1)
            if kind == "decimal":
                fmt = dec_fmts[lvl]
                jc = "right" if fmt == "lowerRoman" else "left"
                hanging = 180 if fmt == "lowerRoman" else 360
                out += (
                    f'<w:lvl w:ilvl="{lvl}" w:tplc="{0x04150000 + (0x000F if fmt == "decimal" else 0x0019 if fmt == "lowerLetter" else 0x001B):08X}"'
                    + (' w:tentative="1"' if lvl else "")
                    + f'><w:start w:val="1"/><w:numFmt w:val="{fmt}"/><w:lvlText w:val="%{lvl + 1}."/><w:lvlJc w:val="{jc}"/>'
                    f'<w:pPr><w:ind w:left="{ind}" w:hanging="{hanging}"/></w:pPr></w:lvl>'
                )
            else:
                b = bullets[lvl]
                font = "Symbol" if b == "\uf0b7" else ("Courier New" if b == "o" else "Wingdings")
                extra = ' w:cs="Courier New"' if b == "o" else ""
                out += (
                    f'<w:lvl w:ilvl="{lvl}" w:tplc="{0x04150001 if b == chr(0xF0B7) else 0x04150003 if b == "o" else 0x04150005:08X}"'
                    + (' w:tentative="1"' if lvl else "")
                    + f'><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="{b}"/><w:lvlJc w:val="left"/>'
                    f'<w:pPr><w:ind w:left="{ind}" w:hanging="360"/></w:pPr>'
                    f'<w:rPr><w:rFonts w:ascii="{font}" w:hAnsi="{font}"{extra} w:hint="default"/></w:rPr></w:lvl>'
                )
        return out

    return (
        f"{DECL}<w:numbering {WORD_NS}>"
        '<w:abstractNum w:abstractNumId="0" w15:restartNumberingAfterBreak="0"><w:nsid w:val="2D6C4F1A"/>'
        '<w:multiLevelType w:val="hybridMultilevel"/><w:tmpl w:val="0415000F"/>' + levels("decimal") + "</w:abstractNum>"
        '<w:abstractNum w:abstractNumId="1" w15:restartNumberingAfterBreak="0"><w:nsid w:val="5F1B3C77"/>'
        '<w:multiLevelType w:val="hybridMultilevel"/><w:tmpl w:val="04150001"/>' + levels("bullet") + "</w:abstractNum>"
        '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>'
        "</w:numbering>"
    )


def styles_xml():
    """Styles as Polish Word 2016 writes them: Normalny, Nagwek1, Tytu, Nagwek/Stopka, Akapitzlist, footnote styles."""
    lat = '<w:latentStyles w:defLockedState="0" w:defUIPriority="99" w:defSemiHidden="0" w:defUnhideWhenUsed="0" w:defQFormat="0" w:count="375">'
    for name, prio, extra in [
        ("Normal", 0, ' w:qFormat="1"'), ("heading 1", 9, ' w:qFormat="1"'),
        ("heading 2", 9, ' w:semiHidden="1" w:unhideWhenUsed="1" w:qFormat="1"'),
        ("footnote text", None, ' w:semiHidden="1" w:unhideWhenUsed="1"'), ("header", None, ' w:semiHidden="1" w:unhideWhenUsed="1"'),
        ("footer", None, ' w:semiHidden="1" w:unhideWhenUsed="1"'), ("footnote reference", None, ' w:semiHidden="1" w:unhideWhenUsed="1"'),
        ("Title", 10, ' w:qFormat="1"'), ("Default Paragraph Font", 1, ' w:semiHidden="1" w:unhideWhenUsed="1"'),
        ("Table Grid", 39, ""), ("List Paragraph", 34, ' w:qFormat="1"'),
    ]:
        pr = f' w:uiPriority="{prio}"' if prio is not None else ""
        lat += f'<w:lsdException w:name="{name}"{pr}{extra}/>'
    lat += "</w:latentStyles>"
    return (
        f'{DECL}<w:styles xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
        'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
        'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" '
        'xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml" mc:Ignorable="w14 w15">'
        '<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:asciiTheme="minorHAnsi" w:eastAsiaTheme="minorHAnsi" w:hAnsiTheme="minorHAnsi" w:cstheme="minorBidi"/>'
        '<w:sz w:val="22"/><w:szCs w:val="22"/><w:lang w:val="pl-PL" w:eastAsia="en-US" w:bidi="ar-SA"/></w:rPr></w:rPrDefault>'
        '<w:pPrDefault><w:pPr><w:spacing w:after="160" w:line="259" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>'
        + lat +
        '<w:style w:type="paragraph" w:default="1" w:styleId="Normalny"><w:name w:val="Normal"/><w:qFormat/></w:style>'
        '<w:style w:type="paragraph" w:styleId="Nagwek1"><w:name w:val="heading 1"/><w:basedOn w:val="Normalny"/><w:next w:val="Normalny"/>'
        '<w:link w:val="Nagwek1Znak"/><w:uiPriority w:val="9"/><w:qFormat/><w:rsid w:val="00B45D11"/><w:pPr><w:keepNext/><w:keepLines/>'
        '<w:spacing w:before="240" w:after="0"/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:rFonts w:asciiTheme="majorHAnsi" w:eastAsiaTheme="majorEastAsia" '
        'w:hAnsiTheme="majorHAnsi" w:cstheme="majorBidi"/><w:color w:val="2F5496" w:themeColor="accent1" w:themeShade="BF"/><w:sz w:val="32"/><w:szCs w:val="32"/></w:rPr></w:style>'
        '<w:style w:type="character" w:default="1" w:styleId="Domylnaczcionkaakapitu"><w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/><w:unhideWhenUsed/></w:style>'
        '<w:style w:type="table" w:default="1" w:styleId="Standardowy"><w:name w:val="Normal Table"/><w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/>'
        '<w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/>'
        '<w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>'
        '<w:style w:type="numbering" w:default="1" w:styleId="Bezlisty"><w:name w:val="No List"/><w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/></w:style>'
        '<w:style w:type="character" w:customStyle="1" w:styleId="Nagwek1Znak"><w:name w:val="Nagłówek 1 Znak"/><w:basedOn w:val="Domylnaczcionkaakapitu"/>'
        '<w:link w:val="Nagwek1"/><w:uiPriority w:val="9"/><w:rsid w:val="00B45D11"/><w:rPr><w:rFonts w:asciiTheme="majorHAnsi" w:eastAsiaTheme="majorEastAsia" '
        'w:hAnsiTheme="majorHAnsi" w:cstheme="majorBidi"/><w:color w:val="2F5496" w:themeColor="accent1" w:themeShade="BF"/><w:sz w:val="32"/><w:szCs w:val="32"/></w:rPr></w:style>'
        '<w:style w:type="paragraph" w:styleId="Tytu"><w:name w:val="Title"/><w:basedOn w:val="Normalny"/><w:next w:val="Normalny"/><w:link w:val="TytuZnak"/>'
        '<w:uiPriority w:val="10"/><w:qFormat/><w:rsid w:val="00A71E2C"/><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/><w:contextualSpacing/></w:pPr>'
        '<w:rPr><w:rFonts w:asciiTheme="majorHAnsi" w:eastAsiaTheme="majorEastAsia" w:hAnsiTheme="majorHAnsi" w:cstheme="majorBidi"/><w:spacing w:val="-10"/>'
        '<w:kern w:val="28"/><w:sz w:val="56"/><w:szCs w:val="56"/></w:rPr></w:style>'
        '<w:style w:type="character" w:customStyle="1" w:styleId="TytuZnak"><w:name w:val="Tytuł Znak"/><w:basedOn w:val="Domylnaczcionkaakapitu"/><w:link w:val="Tytu"/>'
        '<w:uiPriority w:val="10"/><w:rsid w:val="00A71E2C"/><w:rPr><w:rFonts w:asciiTheme="majorHAnsi" w:eastAsiaTheme="majorEastAsia" w:hAnsiTheme="majorHAnsi" '
        'w:cstheme="majorBidi"/><w:spacing w:val="-10"/><w:kern w:val="28"/><w:sz w:val="56"/><w:szCs w:val="56"/></w:rPr></w:style>'
        '<w:style w:type="paragraph" w:styleId="Nagwek"><w:name w:val="header"/><w:basedOn w:val="Normalny"/><w:link w:val="NagwekZnak"/><w:uiPriority w:val="99"/>'
        '<w:unhideWhenUsed/><w:rsid w:val="00B45D11"/><w:pPr><w:tabs><w:tab w:val="center" w:pos="4536"/><w:tab w:val="right" w:pos="9072"/></w:tabs>'
        '<w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr></w:style>'
        '<w:style w:type="character" w:customStyle="1" w:styleId="NagwekZnak"><w:name w:val="Nagłówek Znak"/><w:basedOn w:val="Domylnaczcionkaakapitu"/>'
        '<w:link w:val="Nagwek"/><w:uiPriority w:val="99"/><w:rsid w:val="00B45D11"/></w:style>'
        '<w:style w:type="paragraph" w:styleId="Stopka"><w:name w:val="footer"/><w:basedOn w:val="Normalny"/><w:link w:val="StopkaZnak"/><w:uiPriority w:val="99"/>'
        '<w:unhideWhenUsed/><w:rsid w:val="00B45D11"/><w:pPr><w:tabs><w:tab w:val="center" w:pos="4536"/><w:tab w:val="right" w:pos="9072"/></w:tabs>'
        '<w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr></w:style>'
        '<w:style w:type="character" w:customStyle="1" w:styleId="StopkaZnak"><w:name w:val="Stopka Znak"/><w:basedOn w:val="Domylnaczcionkaakapitu"/>'
        '<w:link w:val="Stopka"/><w:uiPriority w:val="99"/><w:rsid w:val="00B45D11"/></w:style>'
        '<w:style w:type="paragraph" w:styleId="Tekstprzypisudolnego"><w:name w:val="footnote text"/><w:basedOn w:val="Normalny"/><w:link w:val="TekstprzypisudolnegoZnak"/>'
        '<w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/><w:rsid w:val="00B45D11"/><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>'
        '<w:rPr><w:sz w:val="20"/><w:szCs w:val="20"/></w:rPr></w:style>'
        '<w:style w:type="character" w:customStyle="1" w:styleId="TekstprzypisudolnegoZnak"><w:name w:val="Tekst przypisu dolnego Znak"/>'
        '<w:basedOn w:val="Domylnaczcionkaakapitu"/><w:link w:val="Tekstprzypisudolnego"/><w:uiPriority w:val="99"/><w:semiHidden/><w:rsid w:val="00B45D11"/>'
        '<w:rPr><w:sz w:val="20"/><w:szCs w:val="20"/></w:rPr></w:style>'
        '<w:style w:type="character" w:styleId="Odwoanieprzypisudolnego"><w:name w:val="footnote reference"/><w:basedOn w:val="Domylnaczcionkaakapitu"/>'
        '<w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/><w:rsid w:val="00B45D11"/><w:rPr><w:vertAlign w:val="superscript"/></w:rPr></w:style>'
        '<w:style w:type="table" w:styleId="Tabela-Siatka"><w:name w:val="Table Grid"/><w:basedOn w:val="Standardowy"/><w:uiPriority w:val="39"/><w:rsid w:val="00B45D11"/>'
        '<w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
        '<w:left w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:bottom w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
        '<w:right w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:insideH w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
        '<w:insideV w:val="single" w:sz="4" w:space="0" w:color="auto"/></w:tblBorders></w:tblPr></w:style>'
        '<w:style w:type="paragraph" w:styleId="Akapitzlist"><w:name w:val="List Paragraph"/><w:basedOn w:val="Normalny"/><w:uiPriority w:val="34"/><w:qFormat/>'
        '<w:rsid w:val="00E03F6A"/><w:pPr><w:ind w:left="720"/><w:contextualSpacing/></w:pPr></w:style>'
        "</w:styles>"
    )


def settings_xml():
    rs = "".join(f'<w:rsid w:val="{r}"/>' for r in RSIDS)
    return (
        f'{DECL}<w:settings xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:o="urn:schemas-microsoft-com:office:office" '
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math" '
        'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:w10="urn:schemas-microsoft-com:office:word" '
        'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" '
        'xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml" xmlns:sl="http://schemas.openxmlformats.org/schemaLibrary/2006/main" mc:Ignorable="w14 w15">'
        '<w:zoom w:percent="100"/><w:defaultTabStop w:val="708"/><w:hyphenationZone w:val="425"/><w:characterSpacingControl w:val="doNotCompress"/>'
        '<w:footnotePr><w:footnote w:id="-1"/><w:footnote w:id="0"/></w:footnotePr><w:endnotePr><w:endnote w:id="-1"/><w:endnote w:id="0"/></w:endnotePr>'
        '<w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/>'
        '<w:compatSetting w:name="overrideTableStyleFontSizeAndJustification" w:uri="http://schemas.microsoft.com/office/word" w:val="1"/>'
        '<w:compatSetting w:name="enableOpenTypeFeatures" w:uri="http://schemas.microsoft.com/office/word" w:val="1"/>'
        '<w:compatSetting w:name="doNotFlipMirrorIndents" w:uri="http://schemas.microsoft.com/office/word" w:val="1"/>'
        '<w:compatSetting w:name="differentiateMultirowTableHeaders" w:uri="http://schemas.microsoft.com/office/word" w:val="1"/></w:compat>'
        f'<w:rsids><w:rsidRoot w:val="{RSID_ROOT}"/>{rs}</w:rsids>'
        '<m:mathPr><m:mathFont m:val="Cambria Math"/><m:brkBin m:val="before"/><m:brkBinSub m:val="--"/><m:smallFrac m:val="0"/><m:dispDef/>'
        '<m:lMargin m:val="0"/><m:rMargin m:val="0"/><m:defJc m:val="centerGroup"/><m:wrapIndent m:val="1440"/><m:intLim m:val="subSup"/><m:naryLim m:val="undOvr"/></m:mathPr>'
        '<w:themeFontLang w:val="pl-PL"/><w:clrSchemeMapping w:bg1="light1" w:t1="dark1" w:bg2="light2" w:t2="dark2" w:accent1="accent1" w:accent2="accent2" '
        'w:accent3="accent3" w:accent4="accent4" w:accent5="accent5" w:accent6="accent6" w:hyperlink="hyperlink" w:followedHyperlink="followedHyperlink"/>'
        '<w:shapeDefaults><o:shapedefaults v:ext="edit" spidmax="2049"/><o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="1"/></o:shapelayout></w:shapeDefaults>'
        '<w:decimalSymbol w:val=","/><w:listSeparator w:val=";"/><w15:chartTrackingRefBased/><w15:docId w15:val="{6F0B9D2E-3C41-4A57-9E0B-1D2C3B4A5F61}"/>'
        "</w:settings>"
    )


WEB_SETTINGS = (
    f'{DECL}<w:webSettings xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
    'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" '
    'xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml" mc:Ignorable="w14 w15">'
    "<w:optimizeForBrowser/><w:allowPNG/></w:webSettings>"
)

FONT_TABLE = (
    f'{DECL}<w:fonts xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
    'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" '
    'xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml" mc:Ignorable="w14 w15">'
    '<w:font w:name="Calibri"><w:panose1 w:val="020F0502020204030204"/><w:charset w:val="EE"/><w:family w:val="swiss"/><w:pitch w:val="variable"/>'
    '<w:sig w:usb0="E4002EFF" w:usb1="C000247B" w:usb2="00000009" w:usb3="00000000" w:csb0="000001FF" w:csb1="00000000"/></w:font>'
    '<w:font w:name="Symbol"><w:panose1 w:val="05050102010706020507"/><w:charset w:val="02"/><w:family w:val="roman"/><w:pitch w:val="variable"/>'
    '<w:sig w:usb0="00000000" w:usb1="10000000" w:usb2="00000000" w:usb3="00000000" w:csb0="80000000" w:csb1="00000000"/></w:font>'
    '<w:font w:name="Times New Roman"><w:panose1 w:val="02020603050405020304"/><w:charset w:val="EE"/><w:family w:val="roman"/><w:pitch w:val="variable"/>'
    '<w:sig w:usb0="E0002EFF" w:usb1="C000785B" w:usb2="00000009" w:usb3="00000000" w:csb0="000001FF" w:csb1="00000000"/></w:font>'
    '<w:font w:name="Courier New"><w:panose1 w:val="02070309020205020404"/><w:charset w:val="EE"/><w:family w:val="modern"/><w:pitch w:val="fixed"/>'
    '<w:sig w:usb0="E0002EFF" w:usb1="C0007843" w:usb2="00000009" w:usb3="00000000" w:csb0="000001FF" w:csb1="00000000"/></w:font>'
    '<w:font w:name="Wingdings"><w:panose1 w:val="05000000000000000000"/><w:charset w:val="02"/><w:family w:val="auto"/><w:pitch w:val="variable"/>'
    '<w:sig w:usb0="00000000" w:usb1="10000000" w:usb2="00000000" w:usb3="00000000" w:csb0="80000000" w:csb1="00000000"/></w:font>'
    '<w:font w:name="Calibri Light"><w:panose1 w:val="020F0302020204030204"/><w:charset w:val="EE"/><w:family w:val="swiss"/><w:pitch w:val="variable"/>'
    '<w:sig w:usb0="E4002EFF" w:usb1="C000247B" w:usb2="00000009" w:usb3="00000000" w:csb0="000001FF" w:csb1="00000000"/></w:font>'
    "</w:fonts>"
)


def theme_xml():
    """A small but complete Office theme (colour, font and format schemes)."""
    clr = [("dk1", '<a:sysClr val="windowText" lastClr="000000"/>'), ("lt1", '<a:sysClr val="window" lastClr="FFFFFF"/>'),
           ("dk2", '<a:srgbClr val="44546A"/>'), ("lt2", '<a:srgbClr val="E7E6E6"/>'), ("accent1", '<a:srgbClr val="4472C4"/>'),
           ("accent2", '<a:srgbClr val="ED7D31"/>'), ("accent3", '<a:srgbClr val="A5A5A5"/>'), ("accent4", '<a:srgbClr val="FFC000"/>'),
           ("accent5", '<a:srgbClr val="5B9BD5"/>'), ("accent6", '<a:srgbClr val="70AD47"/>'), ("hlink", '<a:srgbClr val="0563C1"/>'),
           ("folHlink", '<a:srgbClr val="954F72"/>')]
    clr_xml = "".join(f"<a:{n}>{v}</a:{n}>" for n, v in clr)
    fill = '<a:solidFill><a:schemeClr val="phClr"/></a:solidFill>'
    ln = '<a:ln w="{w}" cap="flat" cmpd="sng" algn="ctr"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:prstDash val="solid"/><a:miter lim="800000"/></a:ln>'
    return (
        f'{DECL}<a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" name="Motyw pakietu Office">'
        f'<a:themeElements><a:clrScheme name="Pakiet Office">{clr_xml}</a:clrScheme>'
        '<a:fontScheme name="Pakiet Office"><a:majorFont><a:latin typeface="Calibri Light" panose="020F0302020204030204"/><a:ea typeface=""/><a:cs typeface=""/></a:majorFont>'
        '<a:minorFont><a:latin typeface="Calibri" panose="020F0502020204030204"/><a:ea typeface=""/><a:cs typeface=""/></a:minorFont></a:fontScheme>'
        f'<a:fmtScheme name="Pakiet Office"><a:fillStyleLst>{fill * 3}</a:fillStyleLst>'
        f'<a:lnStyleLst>{ln.format(w=6350)}{ln.format(w=12700)}{ln.format(w=19050)}</a:lnStyleLst>'
        '<a:effectStyleLst><a:effectStyle><a:effectLst/></a:effectStyle><a:effectStyle><a:effectLst/></a:effectStyle><a:effectStyle><a:effectLst/></a:effectStyle></a:effectStyleLst>'
        f'<a:bgFillStyleLst>{fill * 3}</a:bgFillStyleLst></a:fmtScheme></a:themeElements>'
        "<a:objectDefaults/><a:extraClrSchemeLst/></a:theme>"
    )


def core_xml(title, creator):
    return (
        f'{DECL}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
        'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
        f"<dc:title>{escape(title)}</dc:title><dc:creator>{escape(creator)}</dc:creator><cp:lastModifiedBy>{escape(creator)}</cp:lastModifiedBy>"
        '<cp:revision>3</cp:revision><dcterms:created xsi:type="dcterms:W3CDTF">2026-02-10T09:12:00Z</dcterms:created>'
        '<dcterms:modified xsi:type="dcterms:W3CDTF">2026-02-10T09:47:00Z</dcterms:modified></cp:coreProperties>'
    )


def app_xml(words, chars):
    return (
        f'{DECL}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
        'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
        f"<Template>Normal.dotm</Template><TotalTime>35</TotalTime><Pages>1</Pages><Words>{words}</Words><Characters>{chars}</Characters>"
        "<Application>Microsoft Office Word</Application><DocSecurity>0</DocSecurity><Lines>5</Lines><Paragraphs>1</Paragraphs>"
        "<ScaleCrop>false</ScaleCrop><Company></Company><LinksUpToDate>false</LinksUpToDate>"
        f"<CharactersWithSpaces>{chars + words}</CharactersWithSpaces><SharedDoc>false</SharedDoc>"
        "<HyperlinksChanged>false</HyperlinksChanged><AppVersion>16.0000</AppVersion></Properties>"
    )


CONTENT_TYPES = (
    f'{DECL}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
    '<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>'
    '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>'
    '<Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>'
    '<Override PartName="/word/webSettings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.webSettings+xml"/>'
    '<Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/>'
    '<Override PartName="/word/endnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.endnotes+xml"/>'
    '<Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>'
    '<Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>'
    '<Override PartName="/word/fontTable.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml"/>'
    '<Override PartName="/word/theme/theme1.xml" ContentType="application/vnd.openxmlformats-officedocument.theme+xml"/>'
    '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
    '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>'
    "</Types>"
)

ROOT_RELS = (
    f'{DECL}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>'
    '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
    "</Relationships>"
)

R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
DOC_RELS = (
    f'{DECL}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    f'<Relationship Id="rId8" Type="{R}footer" Target="footer1.xml"/>'
    f'<Relationship Id="rId3" Type="{R}settings" Target="settings.xml"/>'
    f'<Relationship Id="rId7" Type="{R}header" Target="header1.xml"/>'
    f'<Relationship Id="rId2" Type="{R}styles" Target="styles.xml"/>'
    f'<Relationship Id="rId1" Type="{R}numbering" Target="numbering.xml"/>'
    f'<Relationship Id="rId6" Type="{R}endnotes" Target="endnotes.xml"/>'
    f'<Relationship Id="rId5" Type="{R}footnotes" Target="footnotes.xml"/>'
    f'<Relationship Id="rId10" Type="{R}theme" Target="theme/theme1.xml"/>'
    f'<Relationship Id="rId4" Type="{R}webSettings" Target="webSettings.xml"/>'
    f'<Relationship Id="rId9" Type="{R}fontTable" Target="fontTable.xml"/>'
    "</Relationships>"
)


def write_docx(path, parts):
    """Zip in Word's part order; fixed timestamps so the output is reproducible."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts:
            info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data.encode("utf-8"))


def package(path, ids, document_xml, header_xml, footer_xml, footnotes, title, creator, words, chars):
    parts = [
        ("[Content_Types].xml", CONTENT_TYPES),
        ("_rels/.rels", ROOT_RELS),
        ("word/document.xml", document_xml),
        ("word/_rels/document.xml.rels", DOC_RELS),
        ("word/footnotes.xml", footnotes),
        ("word/endnotes.xml", footnotes_xml(ids, [], kind="endnote")),
        ("word/header1.xml", header_xml),
        ("word/footer1.xml", footer_xml),
        ("word/theme/theme1.xml", theme_xml()),
        ("word/settings.xml", settings_xml()),
        ("word/numbering.xml", numbering_xml()),
        ("word/styles.xml", styles_xml()),
        ("word/webSettings.xml", WEB_SETTINGS),
        ("word/fontTable.xml", FONT_TABLE),
        ("docProps/core.xml", core_xml(title, creator)),
        ("docProps/app.xml", app_xml(words, chars)),
    ]
    write_docx(path, parts)


# ---------------------------------------------------------------------------------------------
# word-split-runs.docx: {{ }} tags broken up the way Word breaks them.

def word_split_runs(path):
    ids = Ids("word-split-runs")
    A, B, C, D, E = "00A71E2C", "00B45D11", "00E03F6A", "005C2B19", "0093144E"
    title_ppr = '<w:pStyle w:val="Tytu"/>'
    body = []
    # 1. Title: "Zaświadczenie nr " + "{{number}}" typed in a later session (different rsid).
    body.append(para(ids, run("Zaświadczenie nr ", A) + run("{{number}}", B), title_ppr, A, A))
    # 2. Gendered sentence. {{participant.firstName}} = "{{" | proofErr | "participant" (other rsid) | proofErr | ".firstName}}";
    #    {{participant.lastName}} has a bold middle: "{{participant." | bold "lastName" | "}}".
    body.append(para(
        ids,
        run("{{#isWoman}}Pani{{/isWoman}}{{^isWoman}}Pan{{/isWoman}} ", A)
        + run("{{", B, rsid_attr="w:rsidRPr")
        + SPELL_START + run("participant", C) + SPELL_END
        + run(".firstName}} ", D)
        + run("{{participant.", D)
        + run("lastName", D, BOLD)
        + run("}} ", D)
        + SPELL_START + run("{{#isWoman}}wzięła{{/isWoman}}{{^isWoman}}wziął{{/isWoman}}", A) + SPELL_END
        + run(" udział w warsztatach „{{event.title}}” w ramach projektu.", A)
        + f'<w:r w:rsidR="{B}"><w:rPr><w:rStyle w:val="Odwoanieprzypisudolnego"/></w:rPr><w:footnoteReference w:id="1"/></w:r>',
        "", A, A, rsidRPr=None))
    # 3. Autocorrected typographic quotes inside the filter argument: „d MMMM yyyy” (U+201E ... U+201D).
    body.append(para(
        ids,
        run("Data wydania: ", A)
        + run("{{issued | date:„", C)
        + SPELL_START + run("d MMMM yyyy", C, '<w:lang w:val="en-US"/>') + SPELL_END
        + run("”}}", C) + run(" r.", A),
        "", A, A))
    # 4. Money with a grammar mark inside the tag.
    body.append(para(ids, run("Wartość projektu: ", A) + run("{{budget", E) + GRAM_START + run(" | money}}", E) + GRAM_END, "", A, A))
    # 5. A value with leading/trailing spaces: must come out with xml:space="preserve".
    body.append(para(ids, run("Kod: [", A) + run("{{padded}}", D) + run("]", A), "", A, A))
    # 6. Text box (anchored to this paragraph) holding {{participant.institution}}, split over two rsids.
    tb_runs = run("Instytucja: ", C) + run("{{participant.", C) + SPELL_START + run("institution}}", E) + SPELL_END
    tb_runs_fb = run("Instytucja: ", C) + run("{{participant.", C) + SPELL_START + run("institution}}", E) + SPELL_END
    body.append(para(ids, text_box(ids, 1, tb_runs, tb_runs_fb, C) + run("Miejsce na pieczęć instytucji delegującej.", C), "", C, C))
    # 7. Heading + paragraph loop over a numbered list.
    body.append(para(ids, run("Zakres tematyczny", B), '<w:pStyle w:val="Nagwek1"/>', B, B))
    body.append(para(ids, run("{{#topics}}", B), "", B, B))
    body.append(para(ids, run("{{.}}", B), '<w:pStyle w:val="Akapitzlist"/><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>', B, B, B))
    body.append(para(ids, run("{{/", B) + run("topics}}", E), "", B, B))
    # 8. Table with a row loop: "{{#" | proofErr | "rows}}" | "{{@number}}" in the first cell, "{{/rows}}" closing the last cell.
    widths = [1129, 5245, 2688]
    hdr_cells = "".join(
        cell(w, para(ids, run(txt, B, BOLD), "<w:rPr><w:b/><w:bCs/></w:rPr>", B, B, rsidRPr=B), shade=True)
        for w, txt in zip(widths, ["Lp.", "Moduł", "Kwota"]))
    loop_cells = (
        cell(widths[0], para(ids, run("{{#", B) + SPELL_START + run("rows}}", B) + SPELL_END + run("{{@number}}.", E), "", B, B))
        + cell(widths[1], para(ids, run("{{name}}", B), "", B, B))
        + cell(widths[2], para(ids, run("{{amount | money}}", B) + run("{{/rows}}", E), '<w:jc w:val="right"/>', B, B))
    )
    body.append(table(row(ids, hdr_cells, header=True) + row(ids, loop_cells), widths))
    # 9. Word always keeps a paragraph after a table; the last edit position holds _GoBack.
    body.append(para(ids, run("Razem: ", A) + run("{{total | money}}", E)
                     + '<w:bookmarkStart w:id="0" w:name="_GoBack"/><w:bookmarkEnd w:id="0"/>', "", A, A))
    body.append(sect_pr())
    document_xml = document("".join(body))

    header_xml = hdr("hdr", para(ids, run("{{project.", B) + run("title}}", E), '<w:pStyle w:val="Nagwek"/><w:jc w:val="center"/>', B, B))
    footer_xml = hdr("ftr", para(
        ids, run("Strona ", B) + page_field(B) + run(" | ", B) + run("{{project.number}}", E),
        '<w:pStyle w:val="Stopka"/><w:jc w:val="right"/>', B, B))
    notes = footnotes_xml(ids, [run("Projekt dofinansowany z programu ", B) + run("{{project.", B) + run("programme}}", E) + run(".", B)])
    package(path, ids, document_xml, header_xml, footer_xml, notes,
            "Zaświadczenie — {{participant.lastName}}", "Anna Śliwińska", 64, 560)


# ---------------------------------------------------------------------------------------------
# word-docxtemplater.docx: the same kind of content in docxtemplater's default { } syntax.

def word_docxtemplater(path):
    ids = Ids("word-docxtemplater")
    A, B, C, E = "00A71E2C", "00B45D11", "00E03F6A", "0093144E"
    body = []
    body.append(para(ids, run("Zaświadczenie nr ", A) + run("{number}", B), '<w:pStyle w:val="Tytu"/>', A, A))
    # Inline sections + an object section that changes the context: {#participant}{firstName} {lastName}{/participant}.
    body.append(para(
        ids,
        run("{#isWoman}Pani{/isWoman}{^isWoman}Pan{/isWoman} ", A)
        + run("{#participant}", B) + run("{", C) + SPELL_START + run("firstName", C) + SPELL_END + run("}", C)
        + run(" {", B) + run("lastName", B, BOLD) + run("}", B) + run("{/participant}", B)
        + run(" ", A) + run("{#isWoman}wzięła{/isWoman}{^isWoman}wziął{/isWoman}", A)
        + run(" udział w warsztatach „{eventTitle}”.", A),
        "", A, A))
    body.append(para(ids, run("{^hasCertificate}", E) + run("Zaświadczenie zostanie wydane po zakończeniu cyklu.", E) + run("{/hasCertificate}", E), "", E, E))
    body.append(para(ids, run("{#hasCertificate}Zaświadczenie wydano.{/", E) + run("hasCertificate}", C), "", E, E))
    # Paragraph loop over a bulleted list.
    body.append(para(ids, run("Zakres tematyczny", B), '<w:pStyle w:val="Nagwek1"/>', B, B))
    body.append(para(ids, run("{#topics}", B), "", B, B))
    body.append(para(ids, run("{.}", B), '<w:pStyle w:val="Akapitzlist"/><w:numPr><w:ilvl w:val="0"/><w:numId w:val="2"/></w:numPr>', B, B, B))
    body.append(para(ids, run("{/", B) + SPELL_START + run("topics", B) + SPELL_END + run("}", B), "", B, B))
    # Table-row loop.
    widths = [3681, 3682, 1699]
    hdr_cells = "".join(
        cell(w, para(ids, run(txt, B, BOLD), "<w:rPr><w:b/><w:bCs/></w:rPr>", B, B, rsidRPr=B), shade=True)
        for w, txt in zip(widths, ["Imię i nazwisko", "Instytucja", "Podpis"]))
    loop_cells = (
        cell(widths[0], para(ids, run("{#participants}", B) + run("{firstName} {", E) + run("lastName", E, "<w:i/><w:iCs/>") + run("}", E), "", B, B))
        + cell(widths[1], para(ids, run("{institution}", B), "", B, B))
        + cell(widths[2], para(ids, run("{/participants}", B), "", B, B))
    )
    body.append(table(row(ids, hdr_cells, header=True) + row(ids, loop_cells), widths))
    body.append(para(ids, run("{^participants}", A) + run("Brak uczestników.", A) + run("{/participants}", A)
                     + '<w:bookmarkStart w:id="0" w:name="_GoBack"/><w:bookmarkEnd w:id="0"/>', "", A, A))
    body.append(sect_pr())
    document_xml = document("".join(body))
    header_xml = hdr("hdr", para(ids, run("{", B) + run("projectTitle}", E), '<w:pStyle w:val="Nagwek"/><w:jc w:val="center"/>', B, B))
    footer_xml = hdr("ftr", para(ids, run("Strona ", B) + page_field(B) + run(" | {projectNumber}", B), '<w:pStyle w:val="Stopka"/><w:jc w:val="right"/>', B, B))
    notes = footnotes_xml(ids, [])
    package(path, ids, document_xml, header_xml, footer_xml, notes,
            "Zaświadczenie {number}", "Łukasz Ćwik", 52, 430)


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    out = sys.argv[1]
    word_split_runs(os.path.join(out, "word-split-runs.docx"))
    word_docxtemplater(os.path.join(out, "word-docxtemplater.docx"))
