import Foundation

/// The two stores the end-to-end tests run against.
enum StoreKind: String, CaseIterable, CustomStringConvertible, Sendable {
    case folder, database

    var description: String { rawValue }

    /// A fresh store of this kind for one test: the options that select it and the environment rolefit needs.
    func make(in workspace: URL) throws -> (options: [String], environment: [String: String]) {
        switch self {
        case .folder:
            return (["--results", workspace.appendingPathComponent("results").path], [:])
        case .database:
            let cluster = try TestCluster.sharedOrFail()
            let database = try cluster.makeDatabase()
            let options = ["--store", cluster.address(database)]
            let initialised = try Rolefit.run(["store", "init"] + options, in: workspace, environment: cluster.environment)
            guard initialised.status == 0 else { throw TestCluster.Failure(description: "store init failed: \(initialised)") }
            return (options, cluster.environment)
        }
    }
}
