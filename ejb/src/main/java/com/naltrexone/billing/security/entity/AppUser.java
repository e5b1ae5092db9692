package com.naltrexone.billing.security.entity;

import jakarta.json.bind.annotation.JsonbTransient;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

/**
 * A person or machine that logs in. The password is stored only as a PBKDF2 hash (the format of
 * Jakarta Security's {@code Pbkdf2PasswordHash}); the database identity store reads this table.
 */
@Entity
@Table(name = "app_user")
@NamedQuery(name = AppUser.BY_USERNAME, query = "select u from AppUser u where u.username = :name")
@NamedQuery(name = AppUser.ALL, query = "select u from AppUser u order by u.username")
@NamedQuery(name = AppUser.COUNT, query = "select count(u) from AppUser u")
public class AppUser {

  public static final String BY_USERNAME = "AppUser.byUsername";
  public static final String ALL = "AppUser.all";
  public static final String COUNT = "AppUser.count";

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "app_user_seq")
  @SequenceGenerator(name = "app_user_seq", sequenceName = "app_user_seq", allocationSize = 1)
  private Long id;

  @Column(nullable = false, unique = true, length = 64)
  private String username;

  @Column(name = "password_hash", nullable = false, length = 512)
  private String passwordHash;

  @Column(nullable = false)
  private boolean active = true;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "app_user_role", joinColumns = @JoinColumn(name = "user_id"))
  @Column(name = "role", nullable = false, length = 32)
  @Enumerated(EnumType.STRING)
  private Set<Role> roles = EnumSet.noneOf(Role.class);

  /** Bumped by every change of password, roles or active flag (see CredentialChanges). */
  @Column(name = "credentials_version", nullable = false)
  private long credentialsVersion;

  @Version private long version;

  protected AppUser() {}

  public AppUser(String username, String passwordHash, Set<Role> roles, Instant createdAt) {
    this.username = username;
    this.passwordHash = passwordHash;
    this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    this.createdAt = createdAt;
  }

  public void changePassword(String newHash) {
    this.passwordHash = newHash;
    credentialsVersion++;
  }

  public void deactivate() {
    this.active = false;
    credentialsVersion++;
  }

  public void grant(Set<Role> newRoles) {
    this.roles.clear();
    this.roles.addAll(newRoles);
    credentialsVersion++;
  }

  public Long getId() {
    return id;
  }

  public String getUsername() {
    return username;
  }

  public boolean isActive() {
    return active;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Set<Role> getRoles() {
    return Set.copyOf(roles);
  }

  public long getVersion() {
    return version;
  }

  @JsonbTransient
  public long getCredentialsVersion() {
    return credentialsVersion;
  }
}
