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
        for j in 0..<size {
            var diagonal = self[j, j]
            for k in 0..<j { diagonal -= lower[j, k] * lower[j, k] }
            guard diagonal > 0, diagonal.isFinite else { return nil }
            let root = diagonal.squareRoot()
            lower[j, j] = root
            for i in (j + 1)..<max(j + 1, size) {
                var sum = self[i, j]
                for k in 0..<j { sum -= lower[i, k] * lower[j, k] }
                lower[i, j] = sum / root
            }
        }
        return lower
    }

    /// The inverse of a symmetric positive definite matrix (via Cholesky), or nil when it is not one.
    public func symmetricInverse() -> SquareMatrix? {
        guard let lower = cholesky() else { return nil }
        // Invert L (lower triangular), then A⁻¹ = L⁻ᵀ L⁻¹.
        var inverseLower = SquareMatrix(size: size)
        for i in 0..<size {
            inverseLower[i, i] = 1 / lower[i, i]
            for j in 0..<i {
                var sum = 0.0
                for k in j..<i { sum -= lower[i, k] * inverseLower[k, j] }
                inverseLower[i, j] = sum / lower[i, i]
            }
        }
        var inverse = SquareMatrix(size: size)
        for i in 0..<size {
            for j in 0...i {
                var sum = 0.0
                for k in i..<size { sum += inverseLower[k, i] * inverseLower[k, j] }
                inverse[i, j] = sum
                inverse[j, i] = sum
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

    /// xᵀ · self · y.
    public func bilinear(_ x: [Double], _ y: [Double]) -> Double {
        var sum = 0.0
        for row in 0..<size where x[row] != 0 {
            var inner = 0.0
            for column in 0..<size { inner += self[row, column] * y[column] }
            sum += x[row] * inner
        }
        return sum
    }
}
