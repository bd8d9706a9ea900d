import Foundation
import PlanetCore
import PlanetImage
import PlanetLoad
import PlanetXML

/// Decides how a file of a member's folder is published, by its content and not only its name: only
/// passive files are (images, audio, video, PDF, text, archives), since anything else on the site's own
/// address could run script there. Images are published without their metadata, SVGs sanitized.
public enum MemberFilePolicy {
    /// Extensions of files that a browser would run or render as a page from the site's address.
    static let activeExtensions: Set<String> = [
        "html", "htm", "xhtml", "xht", "shtml", "mht", "mhtml", "xml", "xsl", "xslt", "svgz", "js", "mjs", "cjs", "wasm",
        "swf", "jar", "class", "php", "appcache", "manifest", "webmanifest",
    ]

    static let imageExtensions: Set<String> = ["png", "jpg", "jpeg", "gif", "webp", "avif", "heic", "heif"]
    static let textExtensions: Set<String> = ["txt", "csv", "tsv", "md"]

    /// The first bytes each passive, non-image format starts with (at the given offset), by extension.
    static let signatures: [String: (kind: String, marks: [(offset: Int, bytes: [UInt8])])] = {
        let mp4 = (kind: "MP4 or QuickTime", marks: [(4, Array("ftyp".utf8))])
        let matroska = (kind: "WebM or Matroska", marks: [(0, [0x1A, 0x45, 0xDF, 0xA3] as [UInt8])])
        let ogg = (kind: "Ogg", marks: [(0, Array("OggS".utf8))])
        let gzip = (kind: "gzip", marks: [(0, [0x1F, 0x8B] as [UInt8])])
        return [
            "pdf": ("PDF", [(0, Array("%PDF-".utf8))]),
            "mp3": ("MP3", [(0, Array("ID3".utf8)), (0, [0xFF, 0xFB]), (0, [0xFF, 0xF3]), (0, [0xFF, 0xF2])]),
            "mp4": mp4, "m4a": mp4, "m4v": mp4, "mov": mp4,
            "webm": matroska, "mkv": matroska, "mka": matroska,
            "ogg": ogg, "oga": ogg, "ogv": ogg, "opus": ogg,
            "wav": ("WAV", [(8, Array("WAVE".utf8))]),
            "flac": ("FLAC", [(0, Array("fLaC".utf8))]),
            "zip": ("ZIP", [(0, Array("PK\u{3}\u{4}".utf8)), (0, Array("PK\u{5}\u{6}".utf8))]),
            "gz": gzip, "tgz": gzip,
            "tar": ("tar", [(257, Array("ustar".utf8))]),
            "7z": ("7z", [(0, [0x37, 0x7A, 0xBC, 0xAF, 0x27, 0x1C])]),
            "bz2": ("bzip2", [(0, Array("BZh".utf8))]),
            "xz": ("xz", [(0, [0xFD, 0x37, 0x7A, 0x58, 0x5A, 0x00])]),
        ]
    }()

    /// How `file` is published, or nil with an error saying why it is not; warnings list what a sanitized
    /// SVG lost.
    public static func judge(_ file: SourceFile) -> (PublishedFile?, [Diagnostic]) {
        let location = SourceLocation(path: file.path)
        let name = (file.path as NSString).lastPathComponent
        let dot = name.lastIndex(of: ".")
        let ext = dot.map { name[name.index(after: $0)...].lowercased() } ?? ""
        func refuse(_ message: String) -> (PublishedFile?, [Diagnostic]) { (nil, [.error(message, at: location)]) }

        if activeExtensions.contains(ext) {
            return refuse(
                "`.\(ext)` files are not published from a member's folder: a browser would run it on the site's own address; share it as PDF or text instead")
        }
        if imageExtensions.contains(ext) {
            do {
                let image = try ImageStripper.strip([UInt8](file.bytes))
                return (PublishedFile(content: .rewritten(Data(image.bytes)), width: image.width, height: image.height), [])
            } catch {
                return refuse(error.message)
            }
        }
        if ext == "svg" {
            switch SVGSanitizer.sanitize(file.bytes) {
            case .failure(let failure):
                return refuse(failure.message)
            case .success(let result):
                let warnings: [Diagnostic] = result.removed.isEmpty ? [] : [.warning(
                    "SVG sanitized: removed \(result.removed.joined(separator: ", "))", at: location)]
                return (PublishedFile(content: .rewritten(result.svg), width: result.width, height: result.height), warnings)
            }
        }
        if textExtensions.contains(ext) {
            guard !file.bytes.contains(0), String(data: file.bytes, encoding: .utf8) != nil else {
                return refuse("not a text file, whatever its name says: `.\(ext)` files must be UTF-8 text")
            }
            return (PublishedFile(content: .asIs), [])
        }
        if let expected = signatures[ext] {
            let matches = expected.marks.contains { mark in
                file.bytes.count >= mark.offset + mark.bytes.count
                    && file.bytes.dropFirst(mark.offset).prefix(mark.bytes.count).elementsEqual(mark.bytes)
            }
            guard matches else { return refuse("not a \(expected.kind) file, whatever its name says") }
            return (PublishedFile(content: .asIs), [])
        }
        return refuse(
            "\(ext.isEmpty ? "files without an extension" : "`.\(ext)` files") are not published from a member's folder: only images, audio, video, PDF, text (.txt, .csv, .md) and archives are")
    }
}
