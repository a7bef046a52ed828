import CLibZip
func libzipVersion() -> String { String(cString: zip_libzip_version()) }
