import Foundation
import Testing

/// A build killed at any moment (SIGKILL) leaves the output byte-identical to the previous complete site
/// or to the new one, never a mixture; the next build removes what the killed one left behind.
@Suite(.serialized) struct KillTests {
    /// A site of `posts` posts whose every page says `version`.
    static func writeSite(at folder: URL, posts: Int, version: String) throws {
        var files: [String: Data] = [
            "planet.yaml": Data("title: Planète \(version)\nbase_url: https://kill.example.org\nlanguage: fr\n".utf8),
        ]
        for author in 0..<10 { files["authors/membre-\(author)/author.yaml"] = Data("name: Membre \(author)\n".utf8) }
        for index in 0..<posts {
            let day = 1 + index % 28
            let body = String(repeating: "Un paragraphe de texte pour la version \(version), avec *emphase* et #hashtag\(index % 20).\n\n", count: 12)
            files["authors/membre-\(index % 10)/posts/2024-01-\(day < 10 ? "0" : "")\(day)-billet-\(index).md"] = Data(
                "---\ntitle: Billet \(index) \(version)\ndate: 2024-01-\(day < 10 ? "0" : "")\(day)\ntags: [t\(index % 30)]\n---\n\(body)".utf8)
        }
        try? FileManager.default.removeItem(at: folder.appendingPathComponent("authors"))
        try Run.write(files, to: folder)
    }

    @Test func killedBuildsLeaveTheOldSiteOrTheNewOne() throws {
        let folder = try Run.temporaryFolder("planet-kill")
        defer { try? FileManager.default.removeItem(at: folder) }
        let site = folder.appendingPathComponent("site")
        let output = folder.appendingPathComponent("out")
        try Self.writeSite(at: site, posts: 400, version: "ancienne")
        #expect(try Run.planet(["build", site.path, "--output", output.path, "--quiet"]).status == 0)
        let old = try Run.tree(output)
        try Self.writeSite(at: site, posts: 400, version: "nouvelle")
        let started = Date()
        #expect(try Run.planet(["build", site.path, "--output", folder.appendingPathComponent("reference").path, "--quiet"]).status == 0)
        let buildTime = Date().timeIntervalSince(started)
        let new = try Run.tree(folder.appendingPathComponent("reference"))
        #expect(old != new)

        var kills = 0, sawOld = 0, sawNew = 0
        for step in 0..<12 {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: Run.planet)
            process.arguments = ["build", site.path, "--output", output.path, "--quiet"]
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            usleep(UInt32(buildTime * 1_000_000 * Double(step) / 7))
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            kills += 1
            let now = try Run.tree(output)
            #expect(now == old || now == new, "after a kill at step \(step), the output mixes two sites")
            if now == old { sawOld += 1 } else if now == new { sawNew += 1 }
            if now == new {
                try Self.writeSite(at: site, posts: 400, version: step % 2 == 0 ? "ancienne" : "nouvelle")
            }
        }
        print("kill test: \(kills) kills survived (\(sawOld) left the previous site, \(sawNew) the new one)")
        #expect(try Run.planet(["build", site.path, "--output", output.path, "--quiet"]).status == 0)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.contains("planet-staging") }
        #expect(leftovers == [])
    }
}
