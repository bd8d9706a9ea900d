import Foundation
import PlanetCore
import Testing

/// Every image the build publishes, checked with a reference tool (exiftool, from Debian's
/// libimage-exiftool-perl, which scripts/test installs): no place, camera, date or author remains; the
/// colour profile, the orientation and the animation loop do; the pixel data is the same byte for byte.
@Suite struct ImageMetadataTests {
    static let exiftool = ["/usr/bin/exiftool", "/usr/local/bin/exiftool"].first { FileManager.default.isExecutableFile(atPath: $0) }

    /// Tags that tell where, when, with what or by whom; the ICC profile's own header is not the photo's.
    static func revealing(_ tags: [String: Any]) -> [String] {
        let pattern = /(?i)GPS|Make|Model|Date|Artist|Creator|By-line|Author|Comment|City|Copyright/
        return tags.keys.filter { key in
            let group = key.split(separator: ":").first.map(String.init) ?? ""
            return !["System", "ExifTool", "ICC-header", "ICC_Profile", "SourceFile"].contains(group) && key.contains(pattern)
        }.sorted()
    }

    static func tags(_ files: [URL]) throws -> [String: [String: Any]] {
        let output = try Run.program(exiftool!, ["-j", "-a", "-G1", "-n"] + files.map(\.path))
        let list = try #require(try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [[String: Any]])
        return Dictionary(uniqueKeysWithValues: list.map { (URL(fileURLWithPath: $0["SourceFile"] as? String ?? "").lastPathComponent, $0) })
    }

    @Test func publishedImagesCarryNoMetadata() throws {
        guard Self.exiftool != nil else {
            Issue.record("exiftool is missing: install Debian's libimage-exiftool-perl (scripts/test does)")
            return
        }
        let names = ["phone.jpg", "phone.png", "phone.webp", "animated.gif"]
        var files = TextBundle.parse(Fixtures.minimalSite)
        files["authors/alice/author.yaml"] = Data("name: Alice\navatar: avatar.jpg\n".utf8)
        files["authors/alice/avatar.jpg"] = try MemberFileTests.image("phone.jpg")
        files["authors/alice/posts/2024-03-02-visite/index.md"] = Data(
            ("---\ntitle: Visite\ndate: 2024-03-02\n---\n" + names.map { "![\($0)](\($0))" }.joined(separator: "\n\n")).utf8)
        for name in names { files["authors/alice/posts/2024-03-02-visite/\(name)"] = try MemberFileTests.image(name) }
        let result = Fixtures.build(files)
        #expect(result.succeeded, "\(result.diagnostics.map(\.rendered))")

        let folder = try Run.temporaryFolder("planet-images")
        defer { try? FileManager.default.removeItem(at: folder) }
        let published = ["alice/avatar.jpg"] + names.map { "alice/visite/\($0)" }
        var outputs: [URL] = []
        for path in published {
            guard case .data(let data)? = result.files.first(where: { $0.path == path })?.content else {
                Issue.record("\(path) is not published as rewritten bytes")
                continue
            }
            let url = folder.appendingPathComponent(path.replacingOccurrences(of: "/", with: "-"))
            try data.write(to: url)
            outputs.append(url)
            let original = try MemberFileTests.image(path == "alice/avatar.jpg" ? "phone.jpg" : (path as NSString).lastPathComponent)
            #expect(ImageParts.pixelData([UInt8](data)) == ImageParts.pixelData([UInt8](original)), "\(path): pixel data changed")
        }
        let before = try Self.tags(names.map { Fixtures.fixtures.appendingPathComponent("images/\($0)") })
        for name in names { #expect(!Self.revealing(before[name] ?? [:]).isEmpty, "the fixture \(name) carries no metadata to remove") }

        let after = try Self.tags(outputs)
        #expect(after.count == published.count)
        for (name, tags) in after {
            #expect(Self.revealing(tags) == [], "\(name) still says")
            if name.hasSuffix(".jpg") || name.hasSuffix(".png") || name.hasSuffix(".webp") {
                #expect(tags["IFD0:Orientation"] as? Int == 6, "\(name) lost its orientation")
            }
            if name.hasSuffix(".jpg") || name.hasSuffix(".png") {
                #expect(tags["ICC-header:ProfileClass"] as? String == "mntr", "\(name) lost its colour profile")
            }
            if name.hasSuffix(".gif") {
                #expect(tags["GIF:AnimationIterations"] as? Int == 0 && tags["GIF:FrameCount"] as? Int == 2, "\(name) lost its animation")
            }
        }
    }
}
