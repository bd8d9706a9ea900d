import ArgumentParser
import Foundation
import PlanetConsole
import PlanetCore
import PlanetImport
import PlanetLoad
import PlanetParse
import PlanetSite
import PlanetTheme

/// One `planet import`: the site and the export read, the plan made, its files written (unless a dry run), the summary
/// printed. Exit status 1 when the export or the members are wrong, or files differ without `--force`.
struct ImportRun {
    let engine: ImportEngine
    let arguments: ImportArguments
    /// `--author`: the member who gets the posts (nil for Disqus, whose comments go to the posts they answer).
    var author: String? = nil
    let map: [String: String]
    let media: String?
    var oldURL: String? = nil
    let console: Console

    func run() throws {
        let root = SiteLoader.resolvedRoot(of: arguments.site) ?? arguments.site
        let input: SiteInput
        do {
            (input, _) = try SiteLoader.load(folder: arguments.site)
        } catch {
            console.error("error: \(error)")
            throw ExitCode(2)
        }
        guard let config = ConfigParser.parse(input.config).0 else {
            console.error("error: the site's planet.yaml cannot be read: run `planet check` to see why")
            throw ExitCode(1)
        }
        guard let data = FileManager.default.contents(atPath: arguments.export) else {
            console.error("error: cannot read the export `\(arguments.export)`")
            throw ExitCode(2)
        }
        let members = Set(input.authors.filter { $0.profile != nil }.map(\.id))
        var reserved = ReservedNames.topLevel
        reserved.formUnion(BuiltInTheme.fileData.keys.compactMap { path in
            let parts = path.split(separator: "/")
            return parts.count >= 2 && parts[0] == "static" ? String(parts[1]) : nil
        })
        // The site's own pages, members and top-level static files keep their addresses: no old address takes them.
        reserved.formUnion(input.pages.map { Slug.make(String(($0.path as NSString).lastPathComponent.dropLast(3))) })
        reserved.formUnion(input.authors.map(\.id))
        reserved.formUnion(input.staticFiles.compactMap { $0.split(separator: "/").first.map(String.init) })
        var options = ImportOptions(
            author: author, map: map, members: members, reservedNames: reserved, mediaFiles: try media.map(Self.files) ?? [:],
            timeZone: config.timeZone, basePath: config.basePath, host: config.host,
            anonymousName: Typography.isFrench(config.language) ? "Anonyme" : "Anonymous")
        for tagAlias in TagSettingsParser.parse(input.tagSettings).0 {
            options.existingTagAliases[tagAlias.tag, default: []].append(tagAlias.alias.path)
        }
        options.existingAliases = SiteParser.aliasOwners(in: input)
        options.oldURL = oldURL
        if engine == .disqus { options.postPaths = SiteParser.postAddresses(in: input, basePath: config.basePath, key: ImportOptions.pathKey) }
        let blog = ImportReader.read(engine, data: data, path: arguments.export, timeZone: config.timeZone)
        let plan = ImportPlanner.plan(blog, options: options)
        console.report(plan.diagnostics)
        let collisions = plan.diagnostics.filter { $0.code == DiagnosticCode.aliasCollision.rawValue }.count
        if collisions > 0 {
            console.error("error: nothing was written: \(collisions == 1 ? "1 old address" : "\(collisions) old addresses") of the export "
                + "\(collisions == 1 ? "is" : "are") already kept as aliases by other files of the site")
        }
        if plan.diagnostics.hasErrors { throw ExitCode(1) }
        let report = try ImportWriter.write(plan, root: root, force: arguments.force, dryRun: arguments.dryRun)
        for path in report.written {
            if arguments.dryRun { console.info("would write \(path)") } else { console.detail("wrote \(path)") }
        }
        for line in ImportSummaryText.lines(plan.summary, report: report, dryRun: arguments.dryRun, force: arguments.force) {
            console.info(line)
        }
        if !report.differing.isEmpty, !arguments.force {
            for path in report.differing { console.error("error: \(path) exists and differs from the import") }
            console.error("error: nothing was written: run again with --force to replace "
                + (report.differing.count == 1 ? "this file" : "these \(report.differing.count) files"))
            throw ExitCode(1)
        }
    }

    /// Every file under `folder`, by its path inside it.
    static func files(in folder: String) throws -> [String: String] {
        guard let enumerator = FileManager.default.enumerator(atPath: folder) else {
            throw ValidationError("--media: cannot read the folder `\(folder)`")
        }
        var files: [String: String] = [:]
        while let path = enumerator.nextObject() as? String {
            var isFolder: ObjCBool = false
            let full = folder + "/" + path
            if FileManager.default.fileExists(atPath: full, isDirectory: &isFolder), !isFolder.boolValue { files[path] = full }
        }
        return files
    }
}
