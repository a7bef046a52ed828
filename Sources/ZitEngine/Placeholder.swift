import ZitPackage
import ZitXML
