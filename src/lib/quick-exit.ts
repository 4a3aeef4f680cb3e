/** Where "Keluar cepat" goes: an ordinary, neutral page (the national weather service), opened in place of this one. */
export const NEUTRAL_SITE = 'https://www.bmkg.go.id/';
