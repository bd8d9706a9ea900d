import PlanetCore
import Testing

/// Old addresses: the file each one is served from, and which ones are refused.
@Suite struct AliasTests {
    func output(_ path: String, base: String = "") -> String? {
        Alias(path: path, line: 1, column: 1).outputPath(basePath: base)
    }

    @Test func aPathEndingInHTMLIsThatFileAnyOtherAFolder() {
        #expect(output("/2019/05/06/old-title.html") == "2019/05/06/old-title.html")
        #expect(output("/old/") == "old/index.html")
        #expect(output("/old") == "old/index.html")
        #expect(output("/caf%C3%A9/") == "café/index.html")
        #expect(output("/planete/old/", base: "/planete") == "old/index.html")
        #expect(output("/old/", base: "/planete") == nil)
        #expect(output("/planete-bis/old/", base: "/planete") == nil)
        #expect(output("/x/", base: "/") == "x/index.html")
    }

    @Test func refusedPaths() {
        #expect(Alias.problem(with: "/2019/05/06/old-title.html") == nil)
        #expect(Alias.problem(with: "/café/") == nil)
        #expect(Alias.problem(with: "/caf%C3%A9/") == nil)
        #expect(Alias.problem(with: "/l%e2%80%99or/") == nil && Alias.problem(with: "/a%E2%80%AEb/") != nil)
        #expect(Alias.problem(with: "old/") == "an alias is a path of the site, starting with `/`")
        #expect(Alias.problem(with: "/") == "an alias may not hold `..`, `.` or an empty segment (`//`), nor be `/` itself")
        #expect(Alias.problem(with: "/a/%2E%2E/b/") == "an alias may not hold `..`, `.` or an empty segment (`//`), nor be `/` itself")
        #expect(Alias.problem(with: "/a/./b") == "an alias may not hold `..`, `.` or an empty segment (`//`), nor be `/` itself")
        #expect(Alias.problem(with: "/a%5c..%5cb/") == "an alias's percent-encoding must be valid UTF-8, and encode neither `/` nor `\\`")
        #expect(Alias.problem(with: "/a%FF/") == "an alias's percent-encoding must be valid UTF-8, and encode neither `/` nor `\\`")
        for hostile in ["/a?b", "/a#b", "/a\\b", "/a\"b", "/a<b>", "/a%00b", "/a%0Ab", "/javascript:x"] {
            #expect(Alias.problem(with: hostile) == "an alias may hold only letters, digits and `-._~/+` (percent-encoded or not)", "\(hostile)")
        }
    }
}
