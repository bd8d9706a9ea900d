internal import CLibXML2
import Foundation

/// Checks documents that planet writes.
public enum XMLCheck {
    /// Whether `text` is a well-formed XML document (parsed by libxml2, without recovery or network).
    public static func isWellFormed(_ text: String) -> Bool {
        LibXML2.ensureInitialized()
        let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue)
        guard let document = text.withCString({ xmlReadMemory($0, Int32(strlen($0)), nil, "UTF-8", options) }) else { return false }
        xmlFreeDoc(document)
        return true
    }
}
