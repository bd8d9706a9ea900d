import Foundation
import Mustache
import PlanetTemplate
import TemplateSamples

/// Renders the built-in theme's pages with the same values through the compiled renderer and swift-mustache,
/// and prints the time per page of each. Build it in release: `swift build -c release --product TemplateBench`,
/// then `.build/release/TemplateBench [rounds] [compiled]` (`compiled`: time the compiled renderer alone, for a profiler).
let rounds = CommandLine.arguments.dropFirst().first.flatMap(Int.init) ?? 200
let compiledOnly = CommandLine.arguments.dropFirst(2).first == "compiled"
let templates = BuiltInThemeSources.templates
var library = TemplateLibrary()
for (name, text) in templates { try library.register(text, named: name) }
let reference = try SwiftMustacheRenderer(templates: templates)
let samples = ThemeSamples(strings: BuiltInThemeSources.strings(language: "fr"), full: true, count: 20).pages
    .filter { ["home", "post", "tag", "author", "hashtag", "partials/post-item"].contains($0.template) }

/// CPU time of this thread per round, in µs: on a shared machine, other processes do not count.
func microseconds(_ body: () throws -> Void) rethrows -> Double {
    func now() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
        return Double(time.tv_sec) * 1e6 + Double(time.tv_nsec) / 1e3
    }
    let start = now()
    for _ in 0..<rounds { try body() }
    return (now() - start) / Double(rounds)
}

print("page                          bytes   compiled µs   swift-mustache µs   ratio   (CPU time per page)")
for sample in samples {
    let values = SwiftMustacheRenderer.values(of: sample)
    let html = try library.render(sample.template, contexts: sample.contexts)
    guard html == reference.render(sample, values: values) else {
        print("\(sample.label): the two renderers differ")
        exit(1)
    }
    var sink = 0
    let compiled = try microseconds { sink &+= try library.render(sample.template, contexts: sample.contexts).utf8.count }
    let mustache = compiledOnly ? .nan : microseconds { sink &+= reference.render(sample, values: values)?.utf8.count ?? 0 }
    let label = sample.label.padding(toLength: 28, withPad: " ", startingAt: 0)
    print("\(label) \(String(html.utf8.count).leftPadded(7)) \(String(format: "%13.1f", compiled)) \(String(format: "%19.1f", mustache)) \(String(format: "%7.1f", mustache / compiled))\(sink == 0 ? " " : "")")
}

extension String {
    func leftPadded(_ width: Int) -> String { String(repeating: " ", count: max(0, width - count)) + self }
}
