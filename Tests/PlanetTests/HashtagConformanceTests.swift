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
        return try #require(tests[section] as? [[String: Any]])
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
        #expect(cases.count > 0)
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
}
