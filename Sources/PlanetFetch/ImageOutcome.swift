/// What became of one image of an outside entry.
public enum ImageOutcome: Sendable, Hashable {
    /// Copied into the cache under this file name.
    case stored(String)
    /// A tracking pixel (1×1): dropped.
    case pixel
    /// Not copied (unreachable, too large, not a raster image): the entry links to it instead.
    case failed
    /// Not asked: its host has a private, loopback or link-local address (the reason); the entry links to it.
    case refused(String)
}
