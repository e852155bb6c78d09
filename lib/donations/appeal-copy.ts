// The appeal letter, in one place (staff-editable through Settings later). Our own words: calm,
// direct, no urgency tricks.
export const appealCopy = {
  kicker: "A letter from the newsroom",
  headline: "Reporting that answers to readers, and to no one else",
  letter: [
    "We report on people with power, including those who would prefer we did not. We have no owner to please, no advertiser to keep happy and no paywall, because everyone should be able to read what is true.",
    "That independence is paid for by readers. A regular gift, however small, lets us plan months ahead, stand behind our reporters when they are pressured, and stay with a story for as long as it takes.",
    "If you read us and can spare something, please join the readers who keep this newsroom open.",
  ],
  signOff: "The editors",
  formHeading: "Support our work",
  privacyNote: "Payments are handled by Stripe. We never see your card details, and we keep what we know about you encrypted.",
  cancelledNotice: "Your payment was not taken. Your choice is kept below, so you can continue when you are ready.",
} as const;
