package io.docintel.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.docintel.gateway.auth.ApiKeys;
import org.junit.jupiter.api.Test;

class ApiKeysTest {

  @Test
  void aKeyNamesItsTenantAndNothingElseDoes() {
    ApiKeys keys = ApiKeys.parse("alpha:alpha-secret-1, bravo:bravo-secret-2");
    assertThat(keys.tenantOf("alpha-secret-1")).contains("alpha");
    assertThat(keys.tenantOf(" bravo-secret-2 ")).contains("bravo");
    assertThat(keys.tenantOf("alpha-secret-")).isEmpty();
    assertThat(keys.tenantOf("")).isEmpty();
    assertThat(keys.tenantOf(null)).isEmpty();
    assertThat(keys.size()).isEqualTo(2);
    assertThat(keys.toString()).doesNotContain("secret");
  }

  @Test
  void badKeyListsAreRefusedSayingWhy() {
    assertThatThrownBy(() -> ApiKeys.parse("alpha")).hasMessageContaining("tenant:key");
    assertThatThrownBy(() -> ApiKeys.parse(":key-without-tenant")).hasMessageContaining("tenant:key");
    assertThatThrownBy(() -> ApiKeys.parse("alpha:short")).hasMessageContaining("shorter than 8");
    assertThatThrownBy(() -> ApiKeys.parse("a:same-key-1,b:same-key-1")).hasMessageContaining("given twice");
  }
}
