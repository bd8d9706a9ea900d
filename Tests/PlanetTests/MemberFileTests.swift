import Foundation
import PlanetBuild
import PlanetCore
import PlanetImage
import PlanetLoad
import Testing

/// Files of members' folders: only passive ones are published, images without metadata, SVGs sanitized.
@Suite struct MemberFileTests {
    static func image(_ name: String) throws -> Data {
        try Data(contentsOf: Fixtures.fixtures.appendingPathComponent("images/\(name)"))
    }

    static func site(post body: String, files: [String: Data]) -> [String: Data] {
        var site = TextBundle.parse(Fixtures.minimalSite)
        site["authors/alice/posts/2024-03-02-visite/index.md"] = Data("---\ntitle: Visite\ndate: 2024-03-02\n---\n\(body)\n".utf8)
        for (name, data) in files { site["authors/alice/posts/2024-03-02-visite/\(name)"] = data }
        return site
    }

    static func rendered(_ result: BuildPipeline.Result) -> [String] {
        result.diagnostics.map(\.rendered)
    }

    @Test func aPostFolderPublishesOnlyPassiveFiles() throws {
        let folder = "authors/alice/posts/2024-03-02-visite"
        let files = Self.site(post: "Compte rendu.", files: [
            "rapport.html": Data("<script>alert(1)</script><input name=x>".utf8),
            "app.js": Data("alert(document.cookie)".utf8),
            "evil.png": Data("<html><script>alert(1)</script></html>".utf8),
            "notes.txt": Data("Notes de la visite.\n".utf8),
            "mesures.csv": Data("jour,tension\nlundi,12/8\n".utf8),
            "compte-rendu.pdf": Data("%PDF-1.4\n%%EOF\n".utf8),
            "faux.pdf": Data("<html></html>".utf8),
            "binaire.txt": Data([0x00, 0x01]),
            "photos.zip": Data([0x50, 0x4B, 0x05, 0x06] + [UInt8](repeating: 0, count: 18)),
            "page.svg": Data("<html><body>x</body></html>".utf8),
            "module.wasm": Data([0x00, 0x61, 0x73, 0x6D]),
            "Makefile": Data("all:\n".utf8),
        ])
        let failed = Fixtures.build(files)
        #expect(!failed.succeeded)
        #expect(Self.rendered(failed) == [
            "\(folder)/Makefile:1:1: error: files without an extension are not published from a member's folder: only images, audio, video, PDF, text (.txt, .csv, .md) and archives are",
            "\(folder)/app.js:1:1: error: `.js` files are not published from a member's folder: a browser would run it on the site's own address; share it as PDF or text instead",
            "\(folder)/binaire.txt:1:1: error: not a text file, whatever its name says: `.txt` files must be UTF-8 text",
            "\(folder)/evil.png:1:1: error: not an image planet knows (PNG, JPEG, GIF, WebP, AVIF or HEIC), whatever its name says",
            "\(folder)/faux.pdf:1:1: error: not a PDF file, whatever its name says",
            "\(folder)/module.wasm:1:1: error: `.wasm` files are not published from a member's folder: a browser would run it on the site's own address; share it as PDF or text instead",
            "\(folder)/page.svg:1:1: error: not an SVG image: its root element is not <svg> in the SVG namespace",
            "\(folder)/rapport.html:1:1: error: `.html` files are not published from a member's folder: a browser would run it on the site's own address; share it as PDF or text instead",
        ])
        let kept = Fixtures.build(files, keepGoing: true)
        #expect(kept.succeeded)
        #expect(kept.diagnostics.allSatisfy { $0.severity == .warning } && kept.diagnostics.count == 8)
        let published = kept.files.map(\.path).filter { $0.hasPrefix("alice/visite/") }.sorted()
        #expect(published == [
            "alice/visite/comments.xml", "alice/visite/compte-rendu.pdf", "alice/visite/index.html", "alice/visite/mesures.csv",
            "alice/visite/notes.txt", "alice/visite/photos.zip",
        ])
    }

    @Test func imagesGetTheirSizeAndAreLazyAfterTheFirst() throws {
        let files = Self.site(post: """
            ![Cabinet](phone.jpg)

            ![Salle](./phone.png) ![Posée](phone.webp){width=3} <img src="animated.gif" alt="Boucle" width="5" height="5" loading="eager">
            """, files: ["phone.jpg": try Self.image("phone.jpg"), "phone.png": try Self.image("phone.png"),
                         "phone.webp": try Self.image("phone.webp"), "animated.gif": try Self.image("animated.gif")])
        let result = Fixtures.build(files)
        #expect(result.succeeded, "\(Self.rendered(result))")
        let post = try #require(result.site?.posts.first { $0.slug == "visite" })
        #expect(post.contentHTML == """
            <p><img src="phone.jpg" alt="Cabinet" width="8" height="16"></p>
            <p><img src="./phone.png" alt="Salle" width="2" height="2" loading="lazy"> <img src="phone.webp" alt="Posée" width="1" height="1" loading="lazy">{width=3} <img src="animated.gif" alt="Boucle" width="5" height="5" loading="eager"></p>

            """)
    }

    @Test func damagedImagesAreLocatedErrorsAndLeftOutWithKeepGoing() throws {
        let jpeg = try Self.image("phone.jpg")
        let files = Self.site(post: "![x](coupe.jpg)", files: ["coupe.jpg": jpeg.prefix(700), "double.jpg": Data([0xFF, 0xD8]) + jpeg])
        #expect(Self.rendered(Fixtures.build(files)) == [
            "authors/alice/posts/2024-03-02-visite/coupe.jpg:1:1: error: damaged JPEG image: the part at byte 314 runs past its end, at byte 700",
            "authors/alice/posts/2024-03-02-visite/double.jpg:1:1: error: damaged JPEG image: a second start of image (SOI) at byte 2",
        ])
        let kept = Fixtures.build(files, keepGoing: true)
        #expect(kept.succeeded)
        #expect(!kept.files.contains { $0.path.hasSuffix(".jpg") })
    }

    @Test func drawIOLabelsKeepTheirText() throws {
        let drawing = """
            <?xml version="1.0" encoding="UTF-8"?>
            <!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd">
            <svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" version="1.1" width="121px" height="61px" viewBox="-0.5 -0.5 121 61" content="&lt;mxfile host=&quot;app.diagrams.net&quot;&gt;&lt;/mxfile&gt;"><defs/><g><rect x="0" y="0" width="120" height="60" rx="9" fill="rgb(255, 255, 255)" stroke="rgb(0, 0, 0)" pointer-events="all"/><g transform="translate(-0.5 -0.5)"><switch><foreignObject pointer-events="none" width="100%" height="100%" requiredFeatures="http://www.w3.org/TR/SVG11/feature#Extensibility" style="overflow: visible; text-align: left;"><div xmlns="http://www.w3.org/1999/xhtml" style="display: flex; align-items: unsafe center; width: 118px; height: 1px; padding-top: 30px; margin-left: 1px;"><div data-drawio-colors="color: rgb(0, 0, 0); " style="box-sizing: border-box; font-size: 0px; text-align: center;"><div style="display: inline-block; font-size: 12px;">Accueil du patient<br />Salle d'attente</div></div></div></foreignObject><text x="60" y="34" fill="rgb(0, 0, 0)" font-family="Helvetica" font-size="12px" text-anchor="middle">Accueil du patient...</text></switch></g></g><switch><g requiredFeatures="http://www.w3.org/TR/SVG11/feature#Extensibility"/><a transform="translate(0,-5)" xlink:href="https://www.drawio.com/doc/faq/svg-export-text-problems" target="_blank"><text text-anchor="middle" font-size="10px" x="50%" y="100%">Text is not SVG - cannot display</text></a></switch></svg>
            """
        let files = Self.site(post: "![Schéma](accueil.svg)", files: ["accueil.svg": Data(drawing.utf8)])
        let result = Fixtures.build(files)
        #expect(result.succeeded)
        #expect(Self.rendered(result) == [
            "authors/alice/posts/2024-03-02-visite/accueil.svg:1:1: warning: SVG sanitized: removed a DOCTYPE, a link or resource `https://www.drawio.com/doc/faq/svg-export-text-problems`, data-drawio-colors= on <div> in <foreignObject>, style= on <div> in <foreignObject>",
        ])
        let svg = try #require(result.files.first { $0.path == "alice/visite/accueil.svg" })
        guard case .data(let bytes) = svg.content else { Issue.record("the SVG is not rewritten"); return }
        let text = String(decoding: bytes, as: UTF8.self)
        #expect(text.contains("<div xmlns=\"http://www.w3.org/1999/xhtml\"><div><div>Accueil du patient<br/>Salle d'attente</div></div></div>"))
        #expect(!text.contains("https://www.drawio.com") && !text.contains("DOCTYPE"))
    }

    @Test func theHostileSitesFilesArePublishedInertAndPrivate() throws {
        let (input, loadDiagnostics) = try SiteLoader.load(folder: Fixtures.repository.appendingPathComponent("Tests/sites/hostile").path)
        let result = BuildPipeline.run(input, loadDiagnostics: loadDiagnostics, options: .init(keepGoing: true, now: Fixtures.now))
        let folder = result.files.filter { $0.path.hasPrefix("mallory/images/") }
        #expect(folder.map(\.path).sorted() == [
            "mallory/images/comments.xml", "mallory/images/gps.jpg", "mallory/images/gps.png", "mallory/images/index.html",
            "mallory/images/onload.svg", "mallory/images/propre.svg", "mallory/images/script.svg",
        ])
        for image in folder where image.path.hasSuffix(".jpg") || image.path.hasSuffix(".png") {
            guard case .data(let bytes) = image.content else {
                Issue.record("\(image.path) is copied as it is")
                continue
            }
            let text = String(decoding: bytes, as: UTF8.self)
            #expect(!text.contains("PhoneMaker") && !text.contains("Claire") && !text.contains("Lilas"), "\(image.path) keeps metadata")
        }
        let svgs = folder.filter { $0.path.hasSuffix(".svg") }
        for svg in svgs {
            guard case .data(let bytes) = svg.content else {
                Issue.record("\(svg.path) is copied as it is")
                continue
            }
            let text = String(decoding: bytes, as: UTF8.self).lowercased()
            for forbidden in ["<script", "onload", "javascript", "https:", "alert"] {
                #expect(!text.contains(forbidden), "\(svg.path) holds \(forbidden)")
            }
        }
    }

    @Test func aMemberFileOver64MiBIsRefused() {
        var files = Self.site(post: "x", files: [:])
        files["authors/alice/posts/2024-03-02-visite/film.mp4"] = Data(count: SiteLayout.maximumMemberFileSize + 1)
        let (_, diagnostics) = Fixtures.input(files)
        #expect(diagnostics.map(\.rendered) == [
            "authors/alice/posts/2024-03-02-visite/film.mp4:1:1: error: file too large: more than 64 MiB; the limit is 64 MiB",
        ])
    }

    @Test func aRebuildTakesStrippedImagesFromTheBuildCache() throws {
        let files = Self.site(post: "![Cabinet](phone.jpg)", files: ["phone.jpg": try Self.image("phone.jpg")])
        let (input, diagnostics) = Fixtures.input(files)
        let first = BuildPipeline.run(input, loadDiagnostics: diagnostics, options: .init(now: Fixtures.now))
        var cache = first.buildCache
        let keys = cache.entries.compactMap { key, entry in if case .memberFile = entry { key } else { nil } }
        #expect(keys.count == 1)
        let marker = PublishedFile(content: .rewritten(Data("from the cache".utf8)), width: 8, height: 16)
        for key in keys { cache.entries[key] = .memberFile(marker, []) }
        let second = BuildPipeline.run(input, loadDiagnostics: diagnostics, options: .init(now: Fixtures.now, buildCache: cache))
        #expect(second.files.first { $0.path == "alice/visite/phone.jpg" }?.content == .data(Data("from the cache".utf8)))
        #expect(BuildCache(decoding: second.buildCache.encoded)?.entries == second.buildCache.entries)
    }
}
