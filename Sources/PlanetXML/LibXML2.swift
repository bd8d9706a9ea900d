internal import CLibXML2

/// One-time libxml2 set-up, required before it is used from several threads.
enum LibXML2 {
    static let initialized: Void = {
        xmlInitParser()
    }()

    static func ensureInitialized() {
        _ = initialized
    }
}
