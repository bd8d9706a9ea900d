import Foundation
import PlanetCore
import PlanetXML

extension ImportPlanner {
    /// The item's HTML as Markdown. With a folder (a post), each media file the text uses that is found in the media
    /// folder is copied beside it, and its URLs point at the copy; any other stays a link to the old address.
    mutating func convert(_ html: String, item: ImportedItem, folder: String?) -> (String, [PlannedFile]) {
        var names: [String: String] = [:]
        var files: [PlannedFile] = []
        var used: Set<String> = []
        var linked: Set<String> = []
        for url in HTMLReferences.scan(fragment: html).urls where MediaLookup.isMedia(url) && names[url] == nil {
            guard let folder, let key = MediaLookup.file(for: url, in: options.mediaFiles), let source = options.mediaFiles[key] else {
                linked.insert(url)
                continue
            }
            let local = MediaLookup.localName(for: key)
            var name = local
            var counter = 1
            while used.contains(name) {
                counter += 1
                name = (local as NSString).deletingPathExtension + "-\(counter)." + (local as NSString).pathExtension
            }
            used.insert(name)
            names[url] = name
            files.append(PlannedFile(path: folder + "/" + name, content: .copy(from: source)))
        }
        plan.summary.mediaCopied += files.count
        plan.summary.mediaLinked += linked.count
        let markdown = HTMLMarkdown.markdown(html, options: .init(rawHTML: true, topHeadingLevel: 2) { [names] url in names[url] ?? url })
        return (markdown, files)
    }
}
