package io.docintel.inference.runtime;

/** A copied, row-major float output of a session run, with its shape. */
public record FloatTensor(float[] data, long[] shape) {

  public int dim(int i) {
    return (int) shape[i];
  }

  /** Element at a 2-D index. */
  public float get(int i, int j) {
    return data[i * dim(1) + j];
  }

  /** Element at a 3-D index. */
  public float get(int i, int j, int k) {
    return data[(i * dim(1) + j) * dim(2) + k];
  }

  /** Row {@code i} of a 2-D tensor, or the vector at {@code [i, j]} of a 3-D tensor, copied. */
  public float[] row(int i, int j) {
    int width = dim(2);
    float[] out = new float[width];
    System.arraycopy(data, (i * dim(1) + j) * width, out, 0, width);
    return out;
  }

  public float[] row(int i) {
    int width = dim(1);
    float[] out = new float[width];
    System.arraycopy(data, i * width, out, 0, width);
    return out;
  }
}
