package dev.rapport.semantic;

/** Cosine similarity; the model's vectors are unit length, but vectors from elsewhere may not be. */
final class Vectors {
    private Vectors() {
    }

    static double cosine(float[] a, float[] b) {
        double dot = 0;
        double na = 0;
        double nb = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
            na += a[i] * a[i];
            nb += b[i] * b[i];
        }
        return na == 0 || nb == 0 ? 0 : dot / Math.sqrt(na * nb);
    }
}
