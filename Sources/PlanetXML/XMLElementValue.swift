internal import CLibXML2
import Foundation

/// An XML element as a plain value, read by libxml2: for exports (WordPress's WXR, Blogger's Atom) that are read whole
/// and then walked without any pointer. CDATA sections are text; the line is libxml2's, in the file as given.
public struct XMLElementValue: Sendable, Hashable {
    /// The local name (`encoded` for `content:encoded`).
    public var name: String
    /// The namespace URI, nil when there is none.
    public var namespace: String?
    /// Attributes by local name.
    public var attributes: [String: String]
    /// The element's own text (its text and CDATA children, concatenated).
    public var text: String
    public var children: [XMLElementValue]
    /// The 1-based line of the start tag.
    public var line: Int
    /// The prefix the element was written with when no namespace declares it (`app` for a malformed file's `app:draft`,
    /// which libxml2 names `app:draft`): its `name` is then the local name, so that it is found like a declared one.
    public var undeclaredPrefix: String?

    /// Elements written with an undeclared prefix, this one and those under it, in document order.
    public var undeclaredPrefixElements: [XMLElementValue] {
        (undeclaredPrefix == nil ? [] : [self]) + children.flatMap(\.undeclaredPrefixElements)
    }

    /// Child elements with this local name, in `namespace` when one is given.
    public func elements(_ localName: String, namespace: String? = nil) -> [XMLElementValue] {
        children.filter { $0.name == localName && (namespace == nil || $0.namespace == namespace) }
    }

    /// The text of the first child element with this local name, empty when there is none.
    public func childText(_ localName: String, namespace: String? = nil) -> String {
        elements(localName, namespace: namespace).first?.text ?? ""
    }

    /// Why an export cannot be read.
    public enum ReadError: Error, Sendable, Hashable {
        /// libxml2 could not build a document even in recover mode.
        case invalidXML
    }

    /// Parses a whole XML file: the encoding decided as for feeds (byte order mark, then the XML declaration; stray
    /// Windows-1252 bytes in UTF-8 repaired), HTML named references and bare `&` repaired, in libxml2's recover mode,
    /// without the network or external entities. Elements nest at most 256 levels (libxml2's limit).
    public static func parse(_ data: Data) -> Result<XMLElementValue, ReadError> {
        LibXML2.ensureInitialized()
        let encoding = FeedEncoding.decide(data, contentType: nil)
        let bytes = XMLEntityRepair.repaired(FeedTranscoder.utf8(data, encoding: encoding))
        let options = Int32(XML_PARSE_RECOVER.rawValue | XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue
            | XML_PARSE_NOWARNING.rawValue | XML_PARSE_NOCDATA.rawValue | XML_PARSE_IGNORE_ENC.rawValue | XML_PARSE_BIG_LINES.rawValue)
        let document = bytes.withUnsafeBytes { buffer -> xmlDocPtr? in
            guard let base = buffer.baseAddress, buffer.count > 0 else { return nil }
            return xmlReadMemory(base.assumingMemoryBound(to: CChar.self), Int32(buffer.count), nil, "UTF-8", options)
        }
        guard let document else { return .failure(.invalidXML) }
        defer { xmlFreeDoc(document) }
        guard let root = xmlDocGetRootElement(document) else { return .failure(.invalidXML) }
        return .success(value(of: root))
    }

    private static func value(of node: xmlNodePtr) -> XMLElementValue {
        var attributes: [String: String] = [:]
        var attribute = node.pointee.properties
        while let current = attribute {
            var name = current.pointee.name.map { String(cString: $0) } ?? ""
            if current.pointee.ns == nil, let colon = name.lastIndex(of: ":") { name = String(name[name.index(after: colon)...]) }
            if let content = xmlNodeGetContent(UnsafeMutableRawPointer(current).assumingMemoryBound(to: xmlNode.self)) {
                attributes[name] = String(cString: content)
                planet_xml_free(content)
            }
            attribute = current.pointee.next
        }
        var text = ""
        var children: [XMLElementValue] = []
        for child in node.childList {
            switch child.pointee.type {
            case XML_ELEMENT_NODE: children.append(value(of: child))
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE: text += child.textContent
            default: break
            }
        }
        var name = node.name
        var prefix: String?
        if node.namespace == nil, let colon = name.lastIndex(of: ":") {
            prefix = String(name[..<colon])
            name = String(name[name.index(after: colon)...])
        }
        return XMLElementValue(name: name, namespace: node.namespace, attributes: attributes, text: text,
                               children: children, line: Int(xmlGetLineNo(node)), undeclaredPrefix: prefix)
    }
}
