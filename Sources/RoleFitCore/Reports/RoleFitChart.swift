/// The role-fit chart: one horizontal bar per role, its probability of fitting best.
public enum RoleFitChart {
    /// An inline SVG; the recommended role's bar (both bars for a hybrid) is darker.
    public static func svg(roles: [RoleSummary], recommended: [String]) -> String {
        BarChart.svg(
            rows: roles.map { role in
                BarChart.Row(
                    label: role.name, fraction: role.probability, note: ReportText.percent(role.probability),
                    highlighted: recommended.contains(role.id))
            }, label: "Role fit: the probability that each role fits best")
    }
}
