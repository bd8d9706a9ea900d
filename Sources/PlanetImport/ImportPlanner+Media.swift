import Foundation
import PlanetCore
import PlanetXML

extension ImportPlanner {
    /// The item's HTML as Markdown. With a folder, each media file the text uses that is found in the media
    /// folder is copied beside it, and its URLs point at the copy; any other stays a link to the old address. Links to the
    /// blog's own posts and pages go to their new paths, and links to a place in the item stay in the page. An embedded
    /// player that plays nothing linkable is left out with a warning.
    /// The copies go in the folder of the post or member's page, and the text names them relative to its page.
    mutating func convert(_ html: String, item: ImportedItem, folder: String?) -> (String, [PlannedFile]) {
        var names: [String: String] = [:]
        var files: [PlannedFile] = []
        var used: Set<String> = []
        var linked: Set<String> = []
        let references = HTMLReferences.scan(fragment: html)
        for embed in references.lostEmbeds {
            plan.diagnostics.append(.warning("item \(item.id): the embedded \(embed) plays nothing a link could take the place of; left out",
                                             at: location(item.line)))
        }
        for url in references.urls where MediaLookup.isMedia(url) && names[url] == nil {
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
        let ownKey = Self.addressKey(item.link.isEmpty ? blog.homeURL : item.link)
        let markdown = HTMLMarkdown.markdown(html, options: .init(rawHTML: true, topHeadingLevel: 2) { [names, newPaths] url in
            names[url] ?? Self.internalLink(url, ownKey: ownKey, newPaths: newPaths) ?? url
        })
        return (markdown, files)
    }
}
