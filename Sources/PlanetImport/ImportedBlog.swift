import Foundation
import PlanetCore

/// A blog as an export describes it, whatever the engine: what `planet import` moves, before any conversion.
/// It never holds an e-mail or an IP address: readers leave them out.
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
