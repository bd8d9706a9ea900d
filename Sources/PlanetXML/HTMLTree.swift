internal import CLibXML2
import Foundation

/// A parsed HTML fragment, owned by libxml2 and freed with this value. Internal to the libxml2 wrapper.
final class HTMLTree {
    private let document: htmlDocPtr?

    /// Parses `fragment` as the content of a `<body>`, recovering from any error as browsers do.
    init(fragment: String) {
        LibXML2.ensureInitialized()
        let options = Int32(HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
            | HTML_PARSE_NONET.rawValue | HTML_PARSE_NODEFDTD.rawValue)
        let wrapped = "<html><body>" + fragment + "</body></html>"
        document = wrapped.withCString { htmlReadMemory($0, Int32(strlen($0)), nil, "UTF-8", options) }
    }

    /// Parses a whole HTML document.
    init(document html: String) {
        LibXML2.ensureInitialized()
        let options = Int32(HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
            | HTML_PARSE_NONET.rawValue)
        document = html.withCString { htmlReadMemory($0, Int32(strlen($0)), nil, "UTF-8", options) }
    }

    deinit {
        if let document { xmlFreeDoc(document) }
    }

    /// The `<html>` element.
    var root: xmlNodePtr? {
        document.flatMap { xmlDocGetRootElement($0) }
    }

    /// The `<body>` element, where the fragment's nodes are.
    var body: xmlNodePtr? {
        guard let document, let root = xmlDocGetRootElement(document) else { return nil }
        var child = root.pointee.children
        while let node = child {
            if node.pointee.type == XML_ELEMENT_NODE, node.name == "body" { return node }
            child = node.pointee.next
        }
        return nil
    }

    /// The fragment serialized back to HTML, UTF-8 text kept as it is.
    func serialized() -> String {
        guard let body else { return "" }
        return serialized(body.childList)
    }

    /// These nodes (of this tree) serialized as HTML, one after the other.
    func serialized(_ nodes: [xmlNodePtr]) -> String {
        guard let document, let buffer = xmlAllocOutputBuffer(nil) else { return "" }
        defer { xmlOutputBufferClose(buffer) }
        for node in nodes {
            htmlNodeDumpFormatOutput(buffer, document, node, "UTF-8", 0)
        }
        xmlOutputBufferFlush(buffer)
        guard let content = xmlOutputBufferGetContent(buffer) else { return "" }
        return String(decoding: UnsafeBufferPointer(start: content, count: Int(xmlOutputBufferGetSize(buffer))), as: UTF8.self)
    }
}

extension UnsafeMutablePointer where Pointee == xmlNode {
    /// The element's or attribute's name, lowercased as the HTML parser stores it.
    var name: String {
        pointee.name.map { String(cString: $0) } ?? ""
    }

    var isElement: Bool { pointee.type == XML_ELEMENT_NODE }

    func attribute(_ name: String) -> String? {
        guard let value = xmlGetProp(self, name) else { return nil }
        defer { planet_xml_free(value) }
        return String(cString: value)
    }

    func setAttribute(_ name: String, _ value: String) {
        xmlSetProp(self, name, value)
    }

    func removeAttribute(_ name: String) {
        if let attribute = xmlHasProp(self, name) { xmlRemoveProp(attribute) }
    }

    /// Names of the element's attributes, in document order.
    var attributeNames: [String] {
        var names: [String] = []
        var attribute = pointee.properties
        while let current = attribute {
            names.append(current.pointee.name.map { String(cString: $0) } ?? "")
            attribute = current.pointee.next
        }
        return names
    }

    /// The text of the node and its descendants.
    var textContent: String {
        guard let content = xmlNodeGetContent(self) else { return "" }
        defer { planet_xml_free(content) }
        return String(cString: content)
    }

    /// Children as a list taken before any of them is moved or freed.
    var childList: [xmlNodePtr] {
        var nodes: [xmlNodePtr] = []
        var child = pointee.children
        while let node = child {
            nodes.append(node)
            child = node.pointee.next
        }
        return nodes
    }

    func removeAndFree() {
        xmlUnlinkNode(self)
        xmlFreeNode(self)
    }

    /// Replaces the element by its children.
    func unwrap() {
        for child in childList {
            xmlUnlinkNode(child)
            xmlAddPrevSibling(self, child)
        }
        removeAndFree()
    }
}
