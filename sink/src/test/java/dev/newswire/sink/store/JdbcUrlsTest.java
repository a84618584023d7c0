package dev.newswire.sink.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class JdbcUrlsTest {
  @Test
  void passwordsNeverAppear() {
    assertThat(JdbcUrls.mask("jdbc:postgresql://db:5432/news?user=sink&password=s3cret&ssl=true"))
        .isEqualTo("jdbc:postgresql://db:5432/news?user=sink&password=***&ssl=true");
    assertThat(JdbcUrls.mask("jdbc:postgresql://sink:s3cret@db/news")).isEqualTo("jdbc:postgresql://sink:***@db/news");
    assertThat(JdbcUrls.mask("jdbc:sqlite:/data/newswire.db")).isEqualTo("jdbc:sqlite:/data/newswire.db");
  }

  @Test
  void anUnsupportedUrlIsRefusedWithoutShowingItsPassword() {
    assertThatThrownBy(() -> Dialect.forUrl("jdbc:mysql://db/news?password=s3cret"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("jdbc:mysql")
        .hasMessageNotContaining("s3cret");
  }
}
