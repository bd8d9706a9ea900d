import Foundation
import PlanetCore

/// A blog as an export describes it, whatever the engine: what `planet import` moves, before any conversion.
/// Its items and comments never hold an e-mail or an IP address: readers leave them out, and keep the values only in
/// `privateValues`, so that the planner can make sure that no file holds them (a commenter may have typed theirs).
public struct ImportedBlog: Sendable {
    public var engine: ImportEngine
    /// The export's path, as given, for diagnostics.
    public var exportPath: String
    public var title: String
    /// The blog's home address (`https://blog.example.fr`), empty when the export gives none.
    public var homeURL: String
    public var items: [ImportedItem]
    /// Attachments by id (WordPress), for `[gallery ids="…"]`: their URL and the item they belong to.
    public var attachments: [String: ImportedAttachment]
    /// The blog's categories and tags, for their archive addresses.
    public var terms: [ImportedTerm]
    /// Items of other kinds (menus, revisions, blocks...), left out.
    public var otherItems: Int = 0
    /// The export's e-mail and IP addresses (`wp:comment_author_email`...), never written.
    public var privateValues: Set<String> = []
    /// What the reader could not read, located in the export.
    public var diagnostics: [Diagnostic]

    public init(engine: ImportEngine, exportPath: String, title: String = "", homeURL: String = "", items: [ImportedItem] = [],
                attachments: [String: ImportedAttachment] = [:], terms: [ImportedTerm] = [], diagnostics: [Diagnostic] = []) {
        self.engine = engine
        self.exportPath = exportPath
        self.title = title
        self.homeURL = homeURL
        self.items = items
        self.attachments = attachments
        self.terms = terms
        self.diagnostics = diagnostics
    }
}
