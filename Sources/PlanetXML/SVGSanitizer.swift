internal import CLibXML2
import Foundation

/// Makes a member's SVG inert when opened directly, on the site's own address: scripts, event handlers,
/// `javascript:` and outside references, animations that set links, elements of other namespaces, entities
/// and processing instructions are removed; the HTML inside `<foreignObject>` (draw.io's labels) goes through
/// the HTML sanitizer's allowlist, so its text stays. The result is the tree serialized again, as UTF-8.
public enum SVGSanitizer {
    /// The sanitized image, what was removed (empty when nothing was), and the image's size in CSS pixels
    /// from its `width` and `height`, or its `viewBox` (0 when it says neither).
    public struct Result: Sendable, Hashable {
        public var svg: Data
        public var removed: [String]
        public var width: Int
        public var height: Int
    }

    /// Why `data` is no SVG at all (not well-formed XML, or another root element).
    public struct Failure: Error, Sendable, Hashable {
        public var message: String
    }

    static let svgNamespace = "http://www.w3.org/2000/svg"
    static let xhtmlNamespace = "http://www.w3.org/1999/xhtml"
    /// The vocabularies a sanitized SVG may use: SVG, XLink, XHTML (in `<foreignObject>`) and XML's own.
    static let allowedNamespaces: Set<String> = [
        svgNamespace, xhtmlNamespace, "http://www.w3.org/1999/xlink", "http://www.w3.org/XML/1998/namespace",
    ]

    public static func sanitize(_ data: Data) -> Swift.Result<Result, Failure> {
        LibXML2.ensureInitialized()
        let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue)
        let document = data.withUnsafeBytes { buffer -> xmlDocPtr? in
            guard let base = buffer.baseAddress, buffer.count <= Int(Int32.max) else { return nil }
            return xmlReadMemory(base.assumingMemoryBound(to: CChar.self), Int32(buffer.count), nil, nil, options)
        }
        guard let document else { return .failure(Failure(message: "not an SVG image: it is not well-formed XML")) }
        defer { xmlFreeDoc(document) }
        guard let root = xmlDocGetRootElement(document), root.name == "svg", root.namespace == svgNamespace else {
            return .failure(Failure(message: "not an SVG image: its root element is not <svg> in the SVG namespace"))
        }
        var removed = Set<String>()
        for node in document.pointee.children.map(siblings) ?? [] where node != root {
            if node.pointee.type == XML_DTD_NODE || node.pointee.type == XML_PI_NODE {
                removed.insert(node.pointee.type == XML_DTD_NODE ? "a DOCTYPE" : "a processing instruction")
                node.removeAndFree()
            }
        }
        document.pointee.intSubset = nil
        clean(element: root, removed: &removed)
        var buffer: UnsafeMutablePointer<xmlChar>?
        var size: Int32 = 0
        xmlDocDumpMemoryEnc(document, &buffer, &size, "UTF-8")
        guard let buffer else { return .failure(Failure(message: "not an SVG image: it cannot be written back")) }
        defer { planet_xml_free(buffer) }
        let dimensions = SVGPolicy.size(of: root)
        return .success(Result(
            svg: Data(bytes: buffer, count: Int(size)), removed: removed.sorted(), width: dimensions.width, height: dimensions.height))
    }

    private static func siblings(_ first: xmlNodePtr) -> [xmlNodePtr] {
        var nodes: [xmlNodePtr] = []
        var current: xmlNodePtr? = first
        while let node = current {
            nodes.append(node)
            current = node.pointee.next
        }
        return nodes
    }

    private static func clean(element node: xmlNodePtr, removed: inout Set<String>) {
        cleanAttributes(of: node, removed: &removed)
        for child in node.childList {
            switch child.pointee.type {
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE, XML_COMMENT_NODE:
                continue
            case XML_ELEMENT_NODE:
                let name = child.name
                guard child.namespace == svgNamespace, SVGPolicy.allowedElements.contains(name) else {
                    removed.insert("<\(name)>")
                    child.removeAndFree()
                    continue
                }
                if SVGPolicy.animations.contains(name), let reason = SVGPolicy.unsafeAnimation(child) {
                    removed.insert(reason)
                    child.removeAndFree()
                    continue
                }
                if name == "style", SVGPolicy.loadsOutsideResource(child.textContent) {
                    removed.insert("a <style> that loads an outside resource")
                    child.removeAndFree()
                    continue
                }
                if name == "foreignObject" {
                    cleanAttributes(of: child, removed: &removed)
                    sanitizeHTML(in: child, removed: &removed)
                    removeOtherNamespaceDeclarations(of: child, removed: &removed)
                } else {
                    clean(element: child, removed: &removed)
                }
            default:
                removed.insert(child.pointee.type == XML_ENTITY_REF_NODE ? "an entity reference" : "a processing instruction")
                child.removeAndFree()
            }
        }
        removeOtherNamespaceDeclarations(of: node, removed: &removed)
    }

    /// Removes the declarations of other vocabularies' namespaces from `node`, once its subtree holds no element
    /// or attribute of theirs (libxml2 writes a declared URI back without escaping `<`, so an odd one would make
    /// the output ill-formed).
    private static func removeOtherNamespaceDeclarations(of node: xmlNodePtr, removed: inout Set<String>) {
        var previous: xmlNsPtr?
        var current = node.pointee.nsDef
        while let declaration = current {
            current = declaration.pointee.next
            let uri = declaration.pointee.href.map { String(cString: $0) } ?? ""
            guard !allowedNamespaces.contains(uri) else {
                previous = declaration
                continue
            }
            if let previous { previous.pointee.next = current } else { node.pointee.nsDef = current }
            declaration.pointee.next = nil
            xmlFreeNs(declaration)
            removed.insert("a namespace declaration of another vocabulary")
        }
    }

    private static func cleanAttributes(of node: xmlNodePtr, removed: inout Set<String>) {
        var attribute = node.pointee.properties
        while let current = attribute {
            attribute = current.pointee.next
            let name = current.pointee.name.map { String(cString: $0) } ?? ""
            if let namespace = current.pointee.ns, !allowedNamespaces.contains(namespace.pointee.href.map { String(cString: $0) } ?? "") {
                removed.insert("an attribute of another vocabulary")
                xmlRemoveProp(current)
                continue
            }
            let value = xmlNodeGetContent(UnsafeMutableRawPointer(current).assumingMemoryBound(to: xmlNode.self))
                .map { pointer in defer { planet_xml_free(pointer) }; return String(cString: pointer) } ?? ""
            if let reason = SVGPolicy.unsafeAttribute(name, value: value, element: node.name) {
                removed.insert(reason)
                xmlRemoveProp(current)
            }
        }
    }

    /// Replaces the content of a `<foreignObject>` by the HTML sanitizer's output, as XHTML elements.
    private static func sanitizeHTML(in foreign: xmlNodePtr, removed: inout Set<String>) {
        var html = ""
        for child in foreign.childList {
            if let buffer = xmlBufferCreate() {
                xmlNodeDump(buffer, foreign.pointee.doc, child, 0, 0)
                if let content = xmlBufferContent(buffer) { html += String(cString: content) }
                xmlBufferFree(buffer)
            }
            child.removeAndFree()
        }
        for finding in HTMLSanitizer.audit(html) where !finding.hasPrefix("xmlns") { removed.insert("\(finding) in <foreignObject>") }
        let sanitized = HTMLSanitizer.sanitize(html, options: .init(addHeadingIDs: false, localHost: "localhost.invalid"))
        let tree = HTMLTree(fragment: sanitized)
        guard let body = tree.body else { return }
        for child in body.childList {
            guard let copy = xmlDocCopyNode(child, foreign.pointee.doc, 1) else { continue }
            xmlAddChild(foreign, copy)
            if copy.isElement, let namespace = xmlNewNs(copy, xhtmlNamespace, nil) { setNamespace(namespace, on: copy) }
        }
    }

    private static func setNamespace(_ namespace: xmlNsPtr, on node: xmlNodePtr) {
        xmlSetNs(node, namespace)
        for child in node.childList where child.isElement { setNamespace(namespace, on: child) }
    }
}
