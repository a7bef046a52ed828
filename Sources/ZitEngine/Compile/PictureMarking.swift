import ZitXML

/// Finds picture placeholders (a picture whose name or alt text is a tag `{{%signature}}`) and
/// marks them: the placeholder's markup becomes a block shown only with a picture, and the
/// attributes naming its picture and size become slots for the picture's values.
struct PictureMarking {
    let format: PictureFormat
    let delimiters: Delimiters
    let part: String

    func mark(_ root: XMLNode, slots: inout SlotTable) -> [TemplateProblem] {
        var problems: [TemplateProblem] = []
        var found: [(holder: XMLNode, attributes: [QualifiedName])] = []
        let naming = namingAttributes
        root.walk { node in
            guard node.isElement(naming.element) else { return }
            let named = naming.attributes.filter { node.attribute($0).map(holdsTag) ?? false }
            if !named.isEmpty { found.append((node, named)) }
        }
        for (holder, attributes) in found {
            let written = holder.attribute(attributes[0]) ?? ""
            let location = TemplateLocation(part: part, place: "obraz", excerpt: written)
            guard let (source, path) = tag(in: written) else {
                problems.append(
                    TemplateProblem(
                        kind: .badTag(
                            tag: written, reason: "nazwa obrazu musi być znacznikiem obrazu, np. {{%podpis}}"),
                        location: location))
                continue
            }
            guard let placeholder = self.placeholder(around: holder) else { continue }
            let name = path.description
            for attribute in attributes { holder.setAttribute(attribute, to: name) }
            let box = markAttributes(of: placeholder, name: name, slots: &slots)
            let slot = PictureSlot(
                path: path, tag: source, location: TemplateLocation(part: part, place: "obraz", excerpt: source),
                format: format, width: box.width, height: box.height)
            slots.marker(for: .pictureOpen(slot)).insert(before: placeholder)
            slots.marker(for: .pictureClose).insert(after: placeholder)
        }
        return problems
    }

    private var namingAttributes: (element: QualifiedName, attributes: [QualifiedName]) {
        switch format {
        case .wordprocessing:
            (
                QualifiedName(Namespace.wp, "docPr"),
                [QualifiedName("", "descr"), QualifiedName("", "title"), QualifiedName("", "name")]
            )
        case .openDocument:
            (QualifiedName(Namespace.draw, "frame"), [QualifiedName(Namespace.draw, "name")])
        }
    }

    private func holdsTag(_ text: String) -> Bool {
        text.contains(delimiters.open + "%")
    }

    /// The tag as written and the path it names, when the text holds a picture tag.
    private func tag(in text: String) -> (String, ValuePath)? {
        guard let open = text.range(of: delimiters.open + "%"),
            let close = text.range(of: delimiters.close, range: open.upperBound..<text.endIndex)
        else { return nil }
        let body = text[text.index(open.lowerBound, offsetBy: delimiters.open.count)..<close.lowerBound]
        guard case .value(let expression)? = try? Tag(parsing: body), expression.isPicture else { return nil }
        return (String(text[open.lowerBound..<close.upperBound]), expression.path)
    }

    /// The element the picture's markup is: Word's `w:drawing` (around `wp:inline` or
    /// `wp:anchor`, around `wp:docPr`); the ODF frame itself.
    private func placeholder(around holder: XMLNode) -> XMLNode? {
        switch format {
        case .wordprocessing:
            guard let drawing = holder.parent?.parent, drawing.isElement(.w("drawing")) else { return nil }
            return drawing
        case .openDocument:
            return holder
        }
    }

    /// Replaces the attributes naming the picture and its size by slots; the box's size in
    /// centimetres (zero when the placeholder gives none).
    private func markAttributes(of placeholder: XMLNode, name: String, slots: inout SlotTable) -> (
        width: Double, height: Double
    ) {
        var width = 0.0
        var height = 0.0
        func replace(_ node: XMLNode, _ attribute: QualifiedName, with value: PictureAttribute) {
            let number = slots.add(.pictureAttribute(value))
            node.setAttribute(attribute, to: slots.attributeToken(number))
        }
        let x = QualifiedName("", "cx")
        let y = QualifiedName("", "cy")
        switch format {
        case .wordprocessing:
            var extensionLists: [XMLNode] = []
            placeholder.walk { node in
                guard node.isElement else { return }
                if node.isElement(QualifiedName(Namespace.wp, "extent")) {
                    width = node.attribute(x).flatMap(format.centimetres) ?? 0
                    height = node.attribute(y).flatMap(format.centimetres) ?? 0
                    replace(node, x, with: .width)
                    replace(node, y, with: .height)
                } else if node.isElement(QualifiedName(Namespace.drawingML, "ext")), node.attribute(x) != nil,
                    node.parent?.isElement(QualifiedName(Namespace.drawingML, "xfrm")) ?? false
                {
                    replace(node, x, with: .width)
                    replace(node, y, with: .height)
                } else if node.isElement(QualifiedName(Namespace.drawingML, "blip")) {
                    replace(node, QualifiedName(Namespace.relationships, "embed"), with: .relationship)
                    // An SVG version of the template's picture would show instead of the new one.
                    extensionLists += node.children.filter {
                        $0.isElement(QualifiedName(Namespace.drawingML, "extLst"))
                    }
                } else if node.localName == "cNvPr", node.attribute(QualifiedName("", "descr")).map(holdsTag) ?? false {
                    node.setAttribute(QualifiedName("", "descr"), to: name)
                }
            }
            for list in extensionLists { list.remove() }
        case .openDocument:
            let svgWidth = QualifiedName(Namespace.svg, "width")
            let svgHeight = QualifiedName(Namespace.svg, "height")
            width = placeholder.attribute(svgWidth).flatMap(format.centimetres) ?? 0
            height = placeholder.attribute(svgHeight).flatMap(format.centimetres) ?? 0
            replace(placeholder, svgWidth, with: .width)
            replace(placeholder, svgHeight, with: .height)
            for image in placeholder.children where image.isElement(QualifiedName(Namespace.draw, "image")) {
                replace(image, QualifiedName(Namespace.xlink, "href"), with: .entry)
                for type in [QualifiedName(Namespace.loext, "mime-type"), QualifiedName(Namespace.draw, "mime-type")]
                where image.attribute(type) != nil {
                    replace(image, type, with: .mediaType)
                }
            }
        }
        return (width, height)
    }
}
