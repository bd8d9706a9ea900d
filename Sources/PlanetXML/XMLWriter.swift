internal import CLibXML2
import Foundation

/// Writes a well-formed XML document through libxml2's writer, which does all escaping.
/// Characters that XML 1.0 forbids are removed from every name, attribute and text.
public final class XMLWriter {
    private let buffer: xmlBufferPtr
    private let writer: xmlTextWriterPtr

    public init() {
        LibXML2.ensureInitialized()
        buffer = xmlBufferCreate()
        writer = xmlNewTextWriterMemory(buffer, 0)
        xmlTextWriterSetIndent(writer, 1)
        xmlTextWriterSetIndentString(writer, "  ")
        xmlTextWriterStartDocument(writer, "1.0", "UTF-8", nil)
    }

    deinit {
        xmlFreeTextWriter(writer)
        xmlBufferFree(buffer)
    }

    /// Opens an element; `namespace` declares the default namespace on it.
    public func startElement(_ name: String, namespace: String? = nil) {
        xmlTextWriterStartElement(writer, name)
        if let namespace { attribute("xmlns", namespace) }
    }

    public func endElement() {
        xmlTextWriterEndElement(writer)
    }

    public func attribute(_ name: String, _ value: String) {
        xmlTextWriterWriteAttribute(writer, name, Self.xmlSafe(value))
    }

    public func text(_ value: String) {
        xmlTextWriterWriteString(writer, Self.xmlSafe(value))
    }

    /// `<name attributes...>text</name>` in one call.
    public func element(_ name: String, _ text: String? = nil, attributes: KeyValuePairs<String, String> = [:]) {
        startElement(name)
        for (key, value) in attributes { attribute(key, value) }
        if let text { self.text(text) }
        endElement()
    }

    /// Ends the document and returns it.
    public func finish() -> String {
        xmlTextWriterEndDocument(writer)
        xmlTextWriterFlush(writer)
        guard let content = xmlBufferContent(buffer) else { return "" }
        return String(cString: content)
    }

    /// Removes what XML 1.0 forbids: controls other than tab, LF and CR; U+FFFE and U+FFFF.
    /// (Swift strings hold no lone surrogates.)
    public static func xmlSafe(_ text: String) -> String {
        guard mayHoldNonXMLCharacters(text), text.unicodeScalars.contains(where: { !isXMLCharacter($0) }) else { return text }
        return String(String.UnicodeScalarView(text.unicodeScalars.filter(isXMLCharacter)))
    }

    /// False when no UTF-8 byte of `text` can begin a forbidden character: a control byte other than tab,
    /// LF and CR, or 0xEF (which begins U+FFFE and U+FFFF, among others). A byte scan, for the common case.
    private static func mayHoldNonXMLCharacters(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            for byte in bytes where byte < 0x20 || byte == 0xEF {
                if byte == 0xEF || (byte != 0x9 && byte != 0xA && byte != 0xD) { return true }
            }
            return false
        }
    }

    private static func isXMLCharacter(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x9, 0xA, 0xD, 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: return true
        default: return false
        }
    }
}
