/** How each tool is titled and described in search, before the words its own data adds. */
export const toolTexts = {
  screening: { title: 'Cek ke mana melapor', text: 'Penapisan pengaduan: apakah ini untuk KPAI, seberapa mendesak, apa yang perlu disiapkan.' },
  finder: {
    title: 'Cari jalur rujukan: ke mana melapor di daerah Anda',
    text: 'Jalur rujukan: siapa yang dihubungi lebih dulu di kabupaten/kota Anda, lalu sesudahnya.',
  },
  eligibility: { title: 'Cek kelayakan mitra', text: 'Penilaian mandiri calon mitra KPAI: kriteria, kesiapan perlindungan anak, rencana kesiapan, bentuk kemitraan, draf nota kesepahaman atau perjanjian kerja sama.' },
} as const;
