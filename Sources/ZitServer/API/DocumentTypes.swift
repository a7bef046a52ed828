/// The media type of a file the server sends, by its extension.
enum DocumentTypes {
    static func mediaType(of fileName: String) -> String {
        switch fileName.split(separator: ".").last?.lowercased() {
        case "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
        case "odt": "application/vnd.oasis.opendocument.text"
        case "pdf": "application/pdf"
        case "zip": "application/zip"
        default: "application/octet-stream"
        }
    }
}
