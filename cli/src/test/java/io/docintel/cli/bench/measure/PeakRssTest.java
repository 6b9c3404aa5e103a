package io.docintel.cli.bench.measure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PeakRssTest {

  @Test
  void readsKilobyteFieldsOfProcStatus() {
    List<String> status = List.of("Name:\tjava", "VmPeak:\t 9000 kB", "VmHWM:\t  123456 kB", "VmRSS:\t  100000 kB");
    assertThat(PeakRss.parseKilobytes(status, "VmHWM:")).isEqualTo(123456);
    assertThat(PeakRss.parseKilobytes(status, "VmRSS:")).isEqualTo(100000);
    assertThat(PeakRss.parseKilobytes(status, "VmSwap:")).isEqualTo(-1);
  }

  @Test
  void thisProcessHasAPeakAtLeastItsCurrentSize() {
    long peak = PeakRss.peakBytes();
    if (peak > 0) {
      assertThat(peak).isGreaterThanOrEqualTo(PeakRss.currentBytes() / 2);
    }
  }
}
