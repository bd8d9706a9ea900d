import Foundation
import FuzzSupport
import PlanetXML

/// The XML writer on any text, in names' values, attributes and content: the document is always well-formed.
enum FuzzAtomProperty {
    static func check(_ data: Data) {
        let text = FuzzInput.text(data)
        let writer = XMLWriter()
        writer.startElement("feed", namespace: "http://www.w3.org/2005/Atom")
        writer.element("title", text)
        writer.element("link", attributes: ["href": text, "title": text])
        writer.startElement("entry")
        writer.element("content", "<p>" + text + "</p>", attributes: ["type": "html"])
        writer.endElement()
        writer.endElement()
        let document = writer.finish()
        guard XMLCheck.isWellFormed(document) else { FuzzInput.fail("not well-formed:\n\(document)") }
    }
}
