import FlyingFox
import FlyingSocks
import Foundation
import PlanetBuild
import PlanetConsole
import PlanetCore
import PlanetIntake
import PlanetLoad

/// A running `planet serve`: the server, the watcher and the live-reload listeners, until Ctrl-C.
final class PreviewSession: Sendable {
    let folder: String
    let host: String
    let port: UInt16
    let drafts: Bool
    /// With `--intake`: the port of the local `planet intake` (0 picks a free one).
    let intakePort: UInt16?
    /// With `--poll`: the watcher polls instead of using the system's file events.
    let polls: Bool
    let console: Console
    private let state = PreviewState()
    private let liveReload = LiveReload()
    /// Opens the pages' policy to the live-reload script only; new for every run.
    private let nonce = UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased()

    init(folder: String, host: String, port: UInt16, drafts: Bool, intakePort: UInt16?, polls: Bool, console: Console) {
        self.folder = folder
        self.host = host
        self.port = port
        self.drafts = drafts
        self.intakePort = intakePort
        self.polls = polls
        self.console = console
    }

    /// Serves until SIGINT or SIGTERM, then closes every connection and returns.
    func run() async throws {
        let server = HTTPServer(
            address: try address(), timeout: 15, logger: .disabled, handler: PreviewHandler(state: state, liveReload: liveReload))
        let serving = Task { try await server.run() }
        try await server.waitUntilListening()
        let listeningPort: UInt16
        switch await server.listeningAddress {
        case .ip4(_, let port)?, .ip6(_, let port)?: listeningPort = port
        default: listeningPort = port
        }
        let origin = host.contains(":") ? "http://[\(host)]:\(listeningPort)" : "http://\(host):\(listeningPort)"
        let intake = try intakePort.map { LocalIntake(siteFolder: folder, port: $0 == 0 ? try FreePort.pick() : $0, baseURL: origin) }
        let build = PreviewBuild(folder: folder, drafts: drafts, baseURL: origin, intakeURL: intake?.url)
        let watcher = SiteWatcher(folder: folder, polls: polls)
        await rebuild(build, changes: nil, named: false)
        let intakeRun = intake.map { intake in
            Task {
                let console = self.console
                do {
                    try await intake.run { console.detail("intake: \($0)") }
                } catch {
                    console.error("error: planet intake stopped: \(error)")
                }
            }
        }
        console.info("Serving \(folder) at \(origin)/ (press Ctrl-C to stop)")
        if let intake {
            console.info("Comments go to \(intake.url)/ and wait in \(intake.spoolFolder): "
                + "planet comment review --spool \(intake.spoolFolder) lists and approves them")
        }

        console.detail("Watching for changes \(watcher.usesEvents ? "through the system's file events" : "by polling")")
        let watching = Task {
            for await _ in watcher.signals {
                guard let changes = watcher.take() else { continue }
                await self.rebuild(build, changes: changes, named: watcher.usesEvents)
            }
        }
        await Interrupts.wait()
        watcher.stop()
        watching.cancel()
        await liveReload.finishAll()
        await server.stop(timeout: 1)
        serving.cancel()
        intakeRun?.cancel()
        await intakeRun?.value
        console.info("Stopped.")
    }

    private func address() throws -> any SocketAddress {
        let numeric = host == "localhost" ? "127.0.0.1" : host
        return numeric.contains(":") ? try sockaddr_in6.inet6(ip6: numeric, port: port) : try sockaddr_in.inet(ip4: numeric, port: port)
    }

    /// Builds the site (off the server's threads), then serves it and reloads the open pages, or keeps the
    /// previous site and shows the errors. `changes` are what the watcher saw (nil for the first build): when the
    /// system's events `named` them, and the previous load listed the folders cleanly, only those paths are listed
    /// (polling compares stamps, which an edit can leave as they were: then the loader's racy rule must see every file).
    private func rebuild(_ build: PreviewBuild, changes: SiteChanges?, named: Bool) async {
        let started = Date()
        let (fingerprints, cache, index) = (await state.fingerprints, await state.cache, await state.index)
        let walkedCleanly = await state.walkedCleanly
        let listed = named && walkedCleanly ? changes?.known : nil
        let (outcome, newIndex, newWalkClean) = await withCheckedContinuation { continuation in
            DispatchQueue.global().async {
                continuation.resume(returning: build.run(previousFingerprints: fingerprints, cache: cache, index: index, changed: listed))
            }
        }
        await state.replace(index: newIndex, walkedCleanly: newWalkClean)
        let changed = changes?.known ?? []
        let seconds = String(format: "%.2f", Date().timeIntervalSince(started))
        let what = changed.isEmpty ? "" : " (\(changed.prefix(3).joined(separator: ", "))\(changed.count > 3 ? ", ..." : ""))"
        switch outcome {
        case .built(let result):
            console.report(result.diagnostics)
            let previous = await state.site
            let served = ServedSite(
                files: result.files, root: SiteLoader.resolvedRoot(of: folder) ?? folder, previous: previous, nonce: nonce, now: Date())
            let fingerprints = Dictionary(result.files.compactMap { file in file.fingerprint.map { (file.path, $0) } },
                                          uniquingKeysWith: { first, _ in first })
            await state.replace(with: served, fingerprints: fingerprints, cache: result.buildCache)
            await liveReload.reload()
            console.info("\(changes == nil ? "Built" : "Rebuilt") \(BuildSummary.count(result.pageCount, "page")) in \(seconds) s\(what)")
        case .failed(let diagnostics):
            console.report(diagnostics)
            let errors = diagnostics.filter { $0.severity == .error }
            await liveReload.show(errors: Self.json(errors))
            let previous = await !state.site.files.isEmpty
            console.error("error: the site was not \(previous ? "rebuilt" : "built"): \(BuildSummary.count(errors.count, "error"))"
                + (previous ? "; the previous version is still served" : "") + what)
        }
    }

    /// The errors as the overlay reads them: one line of JSON.
    static func json(_ errors: [Diagnostic]) -> String {
        struct Entry: Encodable {
            var path: String, line: Int, column: Int, message: String, excerpt: String?
        }
        let entries = errors.map {
            Entry(path: $0.location.path, line: $0.location.line, column: $0.location.column, message: $0.message, excerpt: $0.excerpt)
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let data = (try? encoder.encode(entries)) ?? Data("[]".utf8)
        return String(decoding: data, as: UTF8.self)
    }
}
