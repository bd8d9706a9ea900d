import Foundation

/// Token buckets in memory: one per network, and one for everyone. Every post takes a token from its network's
/// bucket, whatever becomes of it; only what is accepted takes one from everyone's, so that junk refused to many
/// networks never locks readers out. A network is an IPv4 /24 or an IPv6 /48, and an IPv6 /32 once several of its
/// /48s have been refused lately (so that a sender holding a /32 cannot pass as thousands of networks).
/// `forgetFull` drops what is as if it had never been, so that no address is kept longer than needed.
public struct RateLimiter: Sendable {
    struct Bucket: Sendable {
        var tokens: Double
        var updated: Date
    }

    let burst: Double
    let perSecond: Double
    let globalBurst: Double
    let globalPerSecond: Double
    let coarseAfter: Int
    let refusalMemory: TimeInterval
    private var buckets: [String: Bucket] = [:]
    private var global: Bucket
    /// The IPv6 /48s refused lately, and when, by their /32.
    private var refused: [String: [String: Date]] = [:]

    public init(limits: IntakeLimits, now: Date) {
        burst = limits.perAddressBurst
        perSecond = limits.perAddressPerMinute / 60
        globalBurst = limits.globalBurst
        globalPerSecond = limits.globalPerMinute / 60
        coarseAfter = limits.refusedSlash48sForSlash32
        refusalMemory = limits.refusalMemory
        global = Bucket(tokens: limits.globalBurst, updated: now)
    }

    /// Takes a token from the bucket of `network` (`AddressPrefix.truncated`) at `now`; false (and nothing taken)
    /// when it is empty.
    public mutating func admit(_ network: String, now: Date) -> Bool {
        let key = bucketKey(network, now: now)
        var own = Self.refilled(buckets[key] ?? Bucket(tokens: burst, updated: now), burst: burst, perSecond: perSecond, now: now)
        defer { buckets[key] = own }
        guard own.tokens >= 1 else { return false }
        own.tokens -= 1
        return true
    }

    /// Takes a token from everyone's bucket, for what is accepted; false (and nothing taken) when it is empty.
    public mutating func admitEveryone(now: Date) -> Bool {
        global = Self.refilled(global, burst: globalBurst, perSecond: globalPerSecond, now: now)
        guard global.tokens >= 1 else { return false }
        global.tokens -= 1
        return true
    }

    /// Gives back everyone's token of something accepted that could not be kept after all.
    public mutating func refundEveryone() {
        global.tokens = min(globalBurst, global.tokens + 1)
    }

    /// Records that `network` was refused (a 4xx) at `now`: an IPv6 /32 whose /48s keep being refused becomes one network.
    public mutating func noteRefusal(_ network: String, now: Date) {
        guard let wider = AddressPrefix.slash32(of: network) else { return }
        refused[wider, default: [:]][network] = now
    }

    /// Networks whose bucket is tracked now.
    public var trackedAddresses: Int { buckets.count }

    /// Forgets the networks whose bucket is full again (as if they had never posted), and the refusals older than
    /// `refusalMemory`.
    public mutating func forgetFull(now: Date) {
        buckets = buckets.filter { Self.refilled($0.value, burst: burst, perSecond: perSecond, now: now).tokens < burst }
        refused = refused.compactMapValues { networks in
            let recent = networks.filter { now.timeIntervalSince($0.value) < refusalMemory }
            return recent.isEmpty ? nil : recent
        }
    }

    /// The bucket a post from `network` draws on: its /32's once enough of that /32's /48s were refused lately.
    func bucketKey(_ network: String, now: Date) -> String {
        guard let wider = AddressPrefix.slash32(of: network), let networks = refused[wider] else { return network }
        let recent = networks.values.count { now.timeIntervalSince($0) < refusalMemory }
        return recent >= coarseAfter ? wider : network
    }

    static func refilled(_ bucket: Bucket, burst: Double, perSecond: Double, now: Date) -> Bucket {
        let elapsed = max(0, now.timeIntervalSince(bucket.updated))
        return Bucket(tokens: min(burst, bucket.tokens + elapsed * perSecond), updated: now)
    }
}
