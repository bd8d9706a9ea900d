import Foundation
import PlanetCore
import Testing
import Yams

/// twitter-text's language-neutral cases, read in place from the shared conformance data (skipped, with the reason, where it is missing): every case of the sections
/// `hashtags`, `hashtags_from_astral` and `hashtags_with_indices` must pass.
@Suite struct HashtagConformanceTests {
    static let file = SharedData.twitterText

    static func cases(_ section: String) throws -> [[String: Any]] {
        let yaml = try String(contentsOf: file, encoding: .utf8)
        let document = try #require(try Yams.load(yaml: yaml) as? [String: Any])
        let tests = try #require(document["tests"] as? [String: Any])
        let cases = try #require(tests[section] as? [[String: Any]])
        #expect(!cases.isEmpty, "\(section)")
        #expect(cases.count == caseCount(section, in: yaml), "\(section): the YAML parser and a line scan disagree on the number of cases")
        return cases
    }

    /// The number of cases of `section` found by a plain scan of the file's lines, without YAML:
    /// the `- description:` items between the section's key and the next key as deep as it.
    static func caseCount(_ section: String, in yaml: String) -> Int {
        var inSection = false
        var count = 0
        for line in yaml.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("  "), !line.hasPrefix("   "), line.hasSuffix(":") {
                inSection = line == "  \(section):"
            } else if inSection, line.hasPrefix("    - description:") {
                count += 1
            }
        }
        return count
    }

    @Test(.enabled(if: SharedData.isAvailable, SharedData.skipReason), arguments: ["hashtags", "hashtags_from_astral"])
    func names(section: String) throws {
        let cases = try Self.cases(section)
        var passed = 0
        for testCase in cases {
            let text = try #require(testCase["text"] as? String)
            let expected = try #require(testCase["expected"] as? [String])
            let found = HashtagExtractor.matches(in: text).map(\.name)
            #expect(found == expected, "\(testCase["description"] ?? ""): \(text.debugDescription)")
            if found == expected { passed += 1 }
        }
        print("twitter-text \(section): \(passed) of \(cases.count) cases pass")
    }

    @Test(.enabled(if: SharedData.isAvailable, SharedData.skipReason)) func namesWithIndices() throws {
        let cases = try Self.cases("hashtags_with_indices")
        var passed = 0
        for testCase in cases {
            let text = try #require(testCase["text"] as? String)
            let expected = try #require(testCase["expected"] as? [[String: Any]]).map { entry in
                HashtagMatch(name: entry["hashtag"] as! String, range: (entry["indices"] as! [Int])[0]..<(entry["indices"] as! [Int])[1])
            }
            let found = HashtagExtractor.matches(in: text)
            #expect(found == expected, "\(text.debugDescription)")
            if found == expected { passed += 1 }
        }
        print("twitter-text hashtags_with_indices: \(passed) of \(cases.count) cases pass")
    }

    @Test func frenchAndExcludedContexts() {
        let names = { (text: String) in HashtagExtractor.matches(in: text).map(\.name) }
        #expect(names("#aujourd'hui et #covid-19") == ["aujourd", "covid"])
        #expect(names("C# et F#, l&#39;hôpital, ticket #42, n°#1234, texte#tag") == [])
        #expect(names("voir https://x.org/page#section et https://x.org/#section ou x.org/#ancre") == [])
        #expect(names("#Santé, #santé! (#SANTÉ) #helpmedicalcommunity.") == ["Santé", "santé", "SANTÉ", "helpmedicalcommunity"])
    }

    /// Blogs write CSS colours in prose and headings without their space: neither is a hashtag. Colours are 3, 4, 6 or 8
    /// hex digits holding a decimal digit or one letter repeated; words of the letters a to f stay hashtags.
    @Test func coloursAndHeadingsWithoutSpace() {
        let names = { (text: String) in HashtagExtractor.matches(in: text).map(\.name) }
        #expect(names("fond #e0e0e0, texte #fff, bord #FFF000, ombre #1e90ff80, lien #EEEE") == [])
        #expect(names("##Titre sans espace, ###Sous-titre") == [])
        #expect(names("#cafe #bad #efface #ABBA #e0e0e #fffff #decade") == ["cafe", "bad", "efface", "ABBA", "e0e0e", "fffff", "decade"])
    }
}
