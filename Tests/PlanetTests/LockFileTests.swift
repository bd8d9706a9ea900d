import Foundation
import PlanetFiles
import Testing

@Suite struct LockFileTests {
    @Test func aHeldLockIsNotFreeUntilReleased() throws {
        let folder = try Run.temporaryFolder("planet-lock")
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("spool.lock").path
        let held = try LockFile(path: path)
        #expect(try LockFile.ifFree(path: path) == nil)
        held.release()
        let next = try #require(try LockFile.ifFree(path: path))
        #expect(try LockFile.ifFree(path: path) == nil)
        next.release()
        let attributes = try FileManager.default.attributesOfItem(atPath: path)
        #expect((attributes[.posixPermissions] as? Int) == 0o600)
    }

    @Test func aLockInAMissingFolderIsAnError() {
        #expect(throws: DurableFile.Failure.self) { try LockFile(path: "/nonexistent-planet-folder/spool.lock") }
    }
}
