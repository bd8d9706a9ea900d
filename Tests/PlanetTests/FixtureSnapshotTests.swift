import Foundation
import Testing

/// Fixture sites built in memory and compared with their golden snapshots (`PLANET_RECORD=1` re-records).
@Suite struct FixtureSnapshotTests {
    @Test func basicSite() throws {
        let result = Fixtures.build(bundle: try Fixtures.text(of: "basic.site"))
        #expect(result.diagnostics.map(\.rendered) == [])
        try Snapshot.assertMatches(result.files, named: "basic")
    }
}
