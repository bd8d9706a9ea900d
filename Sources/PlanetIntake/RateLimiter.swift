import Foundation

/// Token buckets in memory: one per address (truncated to its /24 or /48) and one for everyone; a post takes
/// a token from both. `forgetFull` drops the buckets that are full again, so that no address is kept longer.
public struct RateLimiter: Sendable {
    struct Bucket: Sendable {
        var tokens: Double
        var updated: Date
    }

    let burst: Double
    let perSecond: Double
    let globalBurst: Double
    let globalPerSecond: Double
    private var buckets: [String: Bucket] = [:]
    private var global: Bucket

    public init(limits: IntakeLimits, now: Date) {
        burst = limits.perAddressBurst
        perSecond = limits.perAddressPerMinute / 60
        globalBurst = limits.globalBurst
        globalPerSecond = limits.globalPerMinute / 60
        global = Bucket(tokens: limits.globalBurst, updated: now)
    }

    /// Takes a token for `address` at `now`; false (and nothing taken) when either bucket is empty.
    public mutating func admit(_ address: String, now: Date) -> Bool {
        var own = Self.refilled(buckets[address] ?? Bucket(tokens: burst, updated: now), burst: burst, perSecond: perSecond, now: now)
        var all = Self.refilled(global, burst: globalBurst, perSecond: globalPerSecond, now: now)
        guard own.tokens >= 1, all.tokens >= 1 else {
            buckets[address] = own
            global = all
            return false
        }
        own.tokens -= 1
        all.tokens -= 1
        buckets[address] = own
        global = all
        return true
    }

    /// Addresses whose bucket is tracked now.
    public var trackedAddresses: Int { buckets.count }

    /// Forgets the addresses whose bucket is full again: as if they had never posted.
    public mutating func forgetFull(now: Date) {
        buckets = buckets.filter { Self.refilled($0.value, burst: burst, perSecond: perSecond, now: now).tokens < burst }
    }

    static func refilled(_ bucket: Bucket, burst: Double, perSecond: Double, now: Date) -> Bucket {
        let elapsed = max(0, now.timeIntervalSince(bucket.updated))
        return Bucket(tokens: min(burst, bucket.tokens + elapsed * perSecond), updated: now)
    }
}
