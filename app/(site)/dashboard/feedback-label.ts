// Stripe's cancellation_details.feedback values in the newsroom's words (overview and supporter page).
const feedbackLabels: Record<string, string> = {
  too_expensive: "Costs too much",
  unused: "Does not read enough",
  missing_features: "Missing something",
  switched_service: "Supports someone else",
  customer_service: "Service",
  too_complex: "Too complicated",
  low_quality: "Quality",
  other: "Other",
};

export function feedbackLabel(feedback: string | null): string {
  return feedback ? (feedbackLabels[feedback] ?? feedback) : "No reason given";
}
