import Foundation
import Testing

extension IntakeServiceTests {
    /// The five-line trial of comments (docs/operators.md, "Comments from readers"), each line as written, with the built
    /// `planet` first on PATH: the site is created, `planet serve --intake` runs in the background (on the ports
    /// the trial names), a reader's comment is posted from the served page's own form, the listing shows it,
    /// and approving it (the listing's id in place of `ID`) puts it on the served page.
    @Suite struct IntakeTrialTests {
        static func trial() throws -> [String] {
            let block = try Documentation.block(from: "<!-- intake-trial -->\n```sh\n", to: "```\n<!-- /intake-trial -->")
            return block.split(separator: "\n").map { line in
                String(line.split(separator: "#", maxSplits: 1).first ?? "").trimmingCharacters(in: .whitespaces)
            }
        }

        /// A page of the preview (`planet serve`'s default port, as the trial names it).
        static func page(_ path: String) -> String? {
            RawHTTP.request(port: 8080, method: "GET", path: path, contentType: nil).flatMap { $0.status == 200 ? $0.body : nil }
        }

        @Test func theReadmeTrialRunsTheWholeLoop() async throws {
            let lines = try Self.trial()
            try #require(lines.count == 5, "\(lines)")
            try #require(lines[1].hasPrefix("cd ") && lines[2].hasPrefix("planet serve --intake") && lines[2].hasSuffix("&"), "\(lines)")
            let folder = try Run.temporaryFolder("planet-intake-trial")
            defer { try? FileManager.default.removeItem(at: folder) }
            var environment = ProcessInfo.processInfo.environment
            environment["PATH"] = Run.productsFolder.path + ":" + (environment["PATH"] ?? "/usr/bin:/bin")
            let shell = { (line: String, folder: URL) throws -> ProcessOutput in
                try Run.program("/bin/sh", ["-c", line], environment: environment, in: folder)
            }
            let created = try shell(lines[0], folder)
            try #require(created.status == 0, "\(created.stderr)")
            let site = folder.appendingPathComponent(String(lines[1].dropFirst(3)))
            let serveArguments = lines[2].dropLast().split(separator: " ").dropFirst().map(String.init)
            let serve = try BackgroundProcess(Run.planet, serveArguments, in: site, environment: environment)
            defer { _ = serve.interrupt() }
            try #require(await IntakeProcess.wait(timeout: 30) {
                RawHTTP.request(port: 8081, method: "GET", path: "/healthz", contentType: nil)?.status == 200
            }, "\(serve.output)")

            // A reader: the form of Claire's first post, as the served page gives it, filled in and sent.
            let home = try #require(Self.page("/claire/"))
            let postPath = try #require(home.firstMatch(of: #/href="(/claire/[a-z0-9-]+/)"/#).map { String($0.1) }, "\(home)")
            let page = try #require(Self.page(postPath))
            let action = try #require(page.firstMatch(of: #/<form class="comment-form" method="post" action="([^"]+)"/#).map { String($0.1) })
            #expect(action == "http://127.0.0.1:8081/comments")
            let post = try #require(page.firstMatch(of: #/name="post" value="([^"]+)"/#).map { String($0.1) })
            let sent = RawHTTP.request(port: 8081, body: RawHTTP.form([("post", post), ("name", "Julie R."), ("message", "Bonjour Claire !")]))
            #expect(sent?.status == 303)
            #expect(ReaderLinkLocation.matches(sent?.header("Location")))

            let listing = try shell(lines[3], site)
            #expect(listing.status == 0, "\(listing.stderr)")
            let id = try #require(listing.stdout.firstMatch(of: #/\d{4}-\d\d-\d\dT\d\d-\d\d-\d\d-julie-r/#).map { String($0.0) }, "\(listing.stdout)")
            let approved = try shell(lines[4].replacingOccurrences(of: " ID", with: " \(id)"), site)
            #expect(approved.status == 0, "\(approved.stderr)")
            let published = await IntakeProcess.wait(timeout: 20) {
                Self.page(postPath)?.contains("Bonjour Claire") == true
            }
            #expect(published, "\(serve.output)")
        }
    }
}
