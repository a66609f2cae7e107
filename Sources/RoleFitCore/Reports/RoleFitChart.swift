/// The role-fit chart: one horizontal bar per role, its probability of fitting best.
public enum RoleFitChart {
    /// An inline SVG; the leading role's bar is darker.
    public static func svg(roles: [RoleSummary], leader: String?) -> String {
        BarChart.svg(rows: roles.map { role in
            BarChart.Row(label: role.name, fraction: role.probability, note: ReportText.percent(role.probability),
                         highlighted: role.id == leader)
        }, label: "Role fit: the probability that each role fits best")
    }
}
