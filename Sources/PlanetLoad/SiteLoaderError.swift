/// Why a site folder could not be read at all.
public enum SiteLoaderError: Error, Sendable, Equatable, CustomStringConvertible {
    case notAFolder(String)

    public var description: String {
        switch self {
        case .notAFolder(let path): "\(path) is not a folder"
        }
    }
}
