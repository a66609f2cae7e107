/// A small dense square matrix (row-major) with the few operations the engine needs.
public struct SquareMatrix: Sendable, Hashable {
    /// The number of rows (= columns).
    public let size: Int
    /// Row-major entries.
    public private(set) var entries: [Double]

    /// A zero matrix.
    public init(size: Int) {
        self.size = size
        entries = [Double](repeating: 0, count: size * size)
    }

    /// A matrix from rows (must be square).
    public init(rows: [[Double]]) {
        size = rows.count
        entries = rows.flatMap { $0 }
        precondition(entries.count == size * size, "matrix must be square")
    }

    /// The identity.
    public static func identity(_ size: Int) -> SquareMatrix {
        var matrix = SquareMatrix(size: size)
        for i in 0..<size { matrix[i, i] = 1 }
        return matrix
    }

    /// Entry (row, column).
    public subscript(row: Int, column: Int) -> Double {
        get { entries[row * size + column] }
        set { entries[row * size + column] = newValue }
    }

    /// The rows as arrays.
    public var rows: [[Double]] { (0..<size).map { Array(entries[($0 * size)..<(($0 + 1) * size)]) } }

    /// The lower Cholesky factor L with LLᵀ = self, or nil when the matrix is not positive definite.
    public func cholesky() -> SquareMatrix? {
        var lower = SquareMatrix(size: size)
        let n = size
        let ok = entries.withUnsafeBufferPointer { a in
            lower.entries.withUnsafeMutableBufferPointer { l in
                for j in 0..<n {
                    var diagonal = a[j * n + j]
                    for k in 0..<j { diagonal -= l[j * n + k] * l[j * n + k] }
                    guard diagonal > 0, diagonal.isFinite else { return false }
                    let root = diagonal.squareRoot()
                    l[j * n + j] = root
                    for i in (j + 1)..<max(j + 1, n) {
                        var sum = a[i * n + j]
                        for k in 0..<j { sum -= l[i * n + k] * l[j * n + k] }
                        l[i * n + j] = sum / root
                    }
                }
                return true
            }
        }
        return ok ? lower : nil
    }

    /// The inverse of a symmetric positive definite matrix (via Cholesky), or nil when it is not one.
    public func symmetricInverse() -> SquareMatrix? {
        guard let lower = cholesky() else { return nil }
        let n = size
        // Invert L (lower triangular), then A⁻¹ = L⁻ᵀ L⁻¹ (same operations in the same order as
        // the subscript form; buffers only avoid the per-access checks).
        var inverseLower = SquareMatrix(size: n)
        lower.entries.withUnsafeBufferPointer { l in
            inverseLower.entries.withUnsafeMutableBufferPointer { m in
                for i in 0..<n {
                    m[i * n + i] = 1 / l[i * n + i]
                    for j in 0..<i {
                        var sum = 0.0
                        for k in j..<i { sum -= l[i * n + k] * m[k * n + j] }
                        m[i * n + j] = sum / l[i * n + i]
                    }
                }
            }
        }
        var inverse = SquareMatrix(size: n)
        inverseLower.entries.withUnsafeBufferPointer { m in
            inverse.entries.withUnsafeMutableBufferPointer { out in
                for i in 0..<n {
                    for j in 0...i {
                        var sum = 0.0
                        for k in i..<n { sum += m[k * n + i] * m[k * n + j] }
                        out[i * n + j] = sum
                        out[j * n + i] = sum
                    }
                }
            }
        }
        return inverse
    }

    /// self · vector.
    public func multiply(_ vector: [Double]) -> [Double] {
        (0..<size).map { row in
            var sum = 0.0
            for column in 0..<size { sum += self[row, column] * vector[column] }
            return sum
        }
    }
}
