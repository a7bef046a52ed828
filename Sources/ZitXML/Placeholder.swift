import CLibXML2
func libxmlVersion() -> Int32 { LIBXML_VERSION }
