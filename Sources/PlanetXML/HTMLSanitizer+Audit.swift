internal import CLibXML2
import Foundation

extension HTMLSanitizer {
    /// What in `html` the sanitizer would not let through, as browsers would parse it: elements outside the
    /// allowlist, attributes outside it (event handlers, `style`...) and unsafe URLs. Empty for sanitized HTML.
    public static func audit(_ html: String) -> [String] {
        let tree = HTMLTree(fragment: html)
        guard let body = tree.body else { return [] }
        var findings: [String] = []
        func visit(_ node: xmlNodePtr) {
            for child in node.childList {
                switch child.pointee.type {
                case XML_TEXT_NODE:
                    continue
                case XML_ELEMENT_NODE:
                    let name = child.name
                    guard SanitizerPolicy.allowedElements.contains(name) else {
                        findings.append("<\(name)>")
                        continue
                    }
                    let allowed = SanitizerPolicy.elementAttributes[name] ?? []
                    for attribute in child.attributeNames.map({ $0.lowercased() }) {
                        let value = child.attribute(attribute) ?? ""
                        if !(SanitizerPolicy.globalAttributes.contains(attribute) || allowed.contains(attribute)
                            || (attribute == "tabindex" && SanitizerPolicy.scrollable.contains(name))
                            || (attribute == "rel" && name == "a")) {
                            findings.append("\(attribute)= on <\(name)>")
                        } else if SanitizerPolicy.urlAttributes.contains(attribute),
                                  !SanitizerPolicy.isSafeURL(value, isImageSource: name == "img" && attribute == "src") {
                            findings.append("unsafe URL in \(attribute)= of <\(name)>")
                        }
                    }
                    visit(child)
                default:
                    findings.append("node of type \(child.pointee.type.rawValue)")
                }
            }
        }
        visit(body)
        return findings
    }
}
