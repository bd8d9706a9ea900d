import Foundation
import Testing

/// A write that fails because the disk is full leaves the previous site intact, reports the error, and
/// leaves beside the site only its manifest's journal (the half-made spare tree is removed to free the disk).
@Suite(.serialized) struct FullDiskTests {
    @Test func aFullDiskLeavesThePreviousSite() throws {
        let folder = try Run.temporaryFolder("planet-full")
        defer { try? FileManager.default.removeItem(at: folder) }
        let disk = folder.appendingPathComponent("disk")
        try FileManager.default.createDirectory(at: disk, withIntermediateDirectories: true)
        let mount = try Run.program("/bin/mount", ["-t", "tmpfs", "-o", "size=600k", "tmpfs", disk.path])
        try #require(mount.status == 0, "a small tmpfs is needed to fill a disk: \(mount.stderr)")
        defer { _ = try? Run.program("/bin/umount", [disk.path]) }
        let site = folder.appendingPathComponent("site")
        let output = disk.appendingPathComponent("public")
        try KillTests.writeSite(at: site, posts: 3, version: "petite")
        #expect(try Run.planet(["build", site.path, "--output", output.path, "--quiet"]).status == 0)
        let before = try Run.tree(output)

        try KillTests.writeSite(at: site, posts: 300, version: "grande")
        let result = try Run.planet(["build", site.path, "--output", output.path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("No space left on device"), "\(result.stderr)")
        #expect(result.stderr.contains("the previous site is left as it was"))
        #expect(try Run.tree(output) == before)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: disk.path).filter { $0 != "public" }
        #expect(leftovers == [".public.planet"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: disk.path + "/.public.planet") == ["manifest.journal"])
    }
}
