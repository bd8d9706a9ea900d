import Foundation
import PlanetTemplate
import Testing

/// The Mustache spec's cases, read in place from the shared conformance data, through `TemplateLibrary`.
@Suite(.enabled(if: SharedData.isAvailable, SharedData.skipReason))
struct MustacheSpecTests {
    struct SpecFile: Decodable {
        let tests: [SpecCase]
    }

    struct SpecCase: Decodable {
        let name: String
        let data: JSONTemplateValue
        let template: String
        let partials: [String: String]?
        let expected: String
    }

    static let modules = ["comments", "delimiters", "interpolation", "inverted", "partials", "sections", "~inheritance"]

    @Test(arguments: modules)
    func module(_ module: String) throws {
        let data = try Data(contentsOf: SharedData.mustacheSpec.appendingPathComponent("\(module).json"))
        let cases = try JSONDecoder().decode(SpecFile.self, from: data).tests
        for spec in cases {
            // The spec renders a missing partial as nothing ("Failed Lookup"); planet's themes make it an error.
            var library = TemplateLibrary(missingTemplates: .renderNothing)
            for (name, text) in spec.partials ?? [:] {
                try library.register(text, named: name)
            }
            try library.register(spec.template, named: "spec case")
            let rendered = try library.render("spec case", spec.data.value)
            #expect(rendered == spec.expected, "\(module): \(spec.name)")
        }
        print("Mustache spec, \(module).json: \(cases.count) cases run")
        #expect(cases.count > 0)
    }
}
