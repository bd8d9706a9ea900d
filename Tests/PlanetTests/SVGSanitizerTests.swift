import Foundation
import PlanetXML
import Testing

@Suite struct SVGSanitizerTests {
    static func sanitize(_ svg: String) -> (String, [String]) {
        switch SVGSanitizer.sanitize(Data(svg.utf8)) {
        case .success(let result): (String(decoding: result.svg, as: UTF8.self), result.removed)
        case .failure(let failure): ("", [failure.message])
        }
    }

    static let open = "<svg xmlns=\"http://www.w3.org/2000/svg\""

    @Test func keepsACleanImage() {
        #expect(Self.sanitize(Self.open + "><circle r=\"1\"/></svg>")
            == ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\"><circle r=\"1\"/></svg>\n", []))
    }

    @Test func removesScriptsHandlersAndOutsideResources() {
        #expect(Self.sanitize(Self.open + "><script>alert(1)</script><circle r=\"1\"/></svg>").1 == ["<script>"])
        #expect(Self.sanitize(Self.open + " onload=\"x()\"/>")
            == ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\"/>\n", ["an event handler onload="]))
        #expect(Self.sanitize(Self.open + "><image href=\"https://t.example/p.png\"/></svg>").1
            == ["a link or resource `https://t.example/p.png`"])
        #expect(Self.sanitize(Self.open + "><a href=\" java\nscript:x\"><text>t</text></a></svg>").0.contains("<a><text>t</text></a>"))
        #expect(Self.sanitize(Self.open + "><a><set attributeName=\"href\" to=\"javascript:x\"/></a></svg>").1 == ["an animation of href"])
        #expect(Self.sanitize(Self.open + "><style>@import url(https://t.example/a.css);</style></svg>").1
            == ["a <style> that loads an outside resource"])
        #expect(Self.sanitize(Self.open + "><x:script xmlns:x=\"http://www.w3.org/1999/xhtml\">alert(1)</x:script></svg>").1 == ["<script>"])
        #expect(Self.sanitize("<!DOCTYPE svg [<!ENTITY e \"<script>alert(1)</script>\">]>" + Self.open + ">&e;</svg>")
            == ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\"/>\n", ["a DOCTYPE", "an entity reference"]))
        #expect(Self.sanitize("<?xml-stylesheet href=\"https://t.example/a.css\"?>" + Self.open + "/>").1 == ["a processing instruction"])
        #expect(Self.sanitize(Self.open + " fill=\"url(https://t.example/p#g)\"/>").1 == ["an outside resource in fill="])
    }

    /// Found by FuzzSvg: libxml2 writes a namespace URI back without escaping `<`, so an odd declaration made
    /// the output ill-formed. Other vocabularies' declarations and attributes go; SVG, XLink and XML's stay.
    @Test func otherNamespacesAreRemovedAndTheOutputStaysWellFormed() {
        let odd = Self.sanitize(Self.open + "><a xmlns:xlink='h=\"x\">&lt;/m' xlink:href=\"#a\"><text>x</text></a></svg>")
        #expect(odd == ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\"><a><text>x</text></a></svg>\n",
                        ["a namespace declaration of another vocabulary", "an attribute of another vocabulary"]))
        let inkscape = Self.sanitize(Self.open + " xmlns:xlink=\"http://www.w3.org/1999/xlink\" xmlns:inkscape=\"http://www.inkscape.org/namespaces/inkscape\""
            + " inkscape:version=\"1.2\" xml:space=\"preserve\"><use xlink:href=\"#c\"/></svg>")
        #expect(inkscape == ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\" xml:space=\"preserve\"><use xlink:href=\"#c\"/></svg>\n",
                             ["a namespace declaration of another vocabulary", "an attribute of another vocabulary"]))
    }

    @Test func foreignObjectKeepsItsTextThroughTheHTMLAllowlist() {
        let label = Self.open + "><foreignObject width=\"10\" height=\"10\"><div xmlns=\"http://www.w3.org/1999/xhtml\" style=\"display: flex\">"
            + "<div><b>Patient</b> arrives<br/>at 9:00<img src=\"x\" onerror=\"alert(1)\"/><script>alert(2)</script></div></div></foreignObject></svg>"
        let (svg, removed) = Self.sanitize(label)
        #expect(svg == "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\"><foreignObject width=\"10\" height=\"10\">"
            + "<div xmlns=\"http://www.w3.org/1999/xhtml\"><div><b>Patient</b> arrives<br/>at 9:00<img src=\"x\" alt=\"\"/></div></div></foreignObject></svg>\n")
        #expect(removed == ["<script> in <foreignObject>", "onerror= on <img> in <foreignObject>", "style= on <div> in <foreignObject>"])
    }

    @Test func refusesWhatIsNoSVG() {
        #expect(Self.sanitize("<html><script/></html>").1 == ["not an SVG image: its root element is not <svg> in the SVG namespace"])
        #expect(Self.sanitize("<svg").1 == ["not an SVG image: it is not well-formed XML"])
        #expect(Self.sanitize("<svg><script>alert(1)</script></svg>").1 == ["not an SVG image: its root element is not <svg> in the SVG namespace"])
    }
}

@Suite struct SVGSizeTests {
    static func size(_ attributes: String) -> (Int, Int)? {
        guard case .success(let result) = SVGSanitizer.sanitize(Data("<svg xmlns=\"http://www.w3.org/2000/svg\" \(attributes)/>".utf8)) else {
            return nil
        }
        return (result.width, result.height)
    }

    @Test func readsWidthAndHeightOrTheViewBox() {
        #expect(Self.size("width=\"121px\" height=\"61\" viewBox=\"0 0 10 10\"")! == (121, 61))
        #expect(Self.size("width=\"100%\" height=\"61\" viewBox=\"-0.5 -0.5 640,420\"")! == (640, 420))
        #expect(Self.size("width=\"12em\"")! == (0, 0))
    }
}
